import { useCallback, useMemo, useState } from 'react'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import type { WidgetProps } from '../types.ts'
import { StepperStoreContext, useStepper } from './context.ts'
import { Controls } from './Controls.tsx'
import { FitNotice } from './FitNotice.tsx'
import { inputMarks, paddedChannel, runStepper, unreadCells } from './model.ts'
import { InputPanel, KernelPanel } from './Panels.tsx'
import { OutputPanel } from './OutputPanel.tsx'
import { layerNumbers } from './presets.ts'
import type { StepperConfig } from './schema.ts'
import * as sel from './store.ts'
import { Transport } from './Transport.tsx'
import { useWindowStepper } from './useWindowStepper.ts'
import { Working } from './Working.tsx'
import './conv.css'

/** Convolution stepper: edit an input and kernels, step the window, read every product and sum. */
export default function ConvStepper(props: WidgetProps) {
  const [store] = useState(sel.createStepperStore)
  return (
    <StepperStoreContext.Provider value={store}>
      <Stepper {...props} />
    </StepperStoreContext.Provider>
  )
}

function Stepper({ params, setParams }: WidgetProps) {
  const config = params as unknown as StepperConfig
  const edits = useStepper(sel.selectEdits)
  const channel = Math.min(useStepper(sel.selectChannel), config.channels - 1)
  const filter = Math.min(useStepper(sel.selectFilter), config.filters - 1)
  const playing = useStepper(sel.selectPlaying)
  const speed = useStepper(sel.selectSpeed)
  const edit = useStepper(sel.selectEdit)
  const clear = useStepper(sel.selectClear)
  const setView = useStepper(sel.selectSetView)
  const setStep = useCallback((to: number) => setParams({ step: to }), [setParams])
  const stopPlaying = useCallback(() => setView({ playing: false }), [setView])

  const { dims, size, length, kernel, channels, filters, preset, input, seed } = config
  const base = useMemo(
    () => layerNumbers({ dims, size, length, kernel, channels, filters, preset, input, seed }),
    [dims, size, length, kernel, channels, filters, preset, input, seed],
  )
  const numbers = useMemo(() => sel.applyEdits(base, edits), [base, edits])
  const { stride, padding, dilation, bias, relu } = config
  // The engine runs when the layer or its numbers change, not on every step of the window.
  const model = useMemo(
    () =>
      runStepper(
        { dims, size, length, kernel, stride, padding, dilation, bias, relu },
        numbers,
        filter,
      ),
    [dims, size, length, kernel, stride, padding, dilation, bias, relu, numbers, filter],
  )
  const steps = model.trace?.steps ?? []
  const wo = model.z[0]?.length ?? 0
  const {
    step,
    shown: shownIndex,
    setPeek,
    go,
    onKey,
  } = useWindowStepper({
    requested: config.step,
    count: steps.length,
    rows: model.z.length,
    cols: wo,
    playing,
    speed,
    setStep,
    stopPlaying,
  })
  const current = steps[shownIndex] ?? null

  const inColor = divergingColor(maxAbs(numbers.input.flat(2)))
  const wColor = divergingColor(maxAbs(numbers.weight.flat(3)))
  const outScale = maxAbs(model.shown.flat())
  const unread = unreadCells(model).length
  const pad: [number, number] = [model.h.fit.padBefore, model.w.fit.padBefore]
  const volume = (h: number, w: number, d: number) => (model.oneD ? `${w}×${d}` : `${h}×${w}×${d}`)
  return (
    <div className="conv" onKeyDown={(e) => e.key === 'Escape' && setPeek(null)}>
      <Controls config={config} setParams={setParams} onReplace={clear} />
      <FitNotice fit={model.fit} kernel={kernel} unread={unread} />
      <div className="conv-panels">
        <InputPanel
          values={paddedChannel(numbers.input[channel], ...pad)}
          pad={pad}
          shape={volume(model.h.size, model.w.size, channels)}
          channels={channels}
          channel={channel}
          color={inColor}
          scale={maxAbs(numbers.input.flat(2))}
          mark={inputMarks(model, current, channel)}
          drawable
          onChannel={(c) => setView({ channel: c })}
          onEdit={(cells) =>
            edit('input', Object.fromEntries(cells.map(([r, c, v]) => [`${channel},${r},${c}`, v])))
          }
        />
        <KernelPanel
          values={numbers.weight[filter][channel]}
          shape={volume(model.h.kernel, kernel, channels)}
          filters={filters}
          filter={filter}
          channel={channel}
          channels={channels}
          color={wColor}
          scale={maxAbs(numbers.weight.flat(3))}
          bias={config.bias ? numbers.bias : null}
          onFilter={(k) => setView({ filter: k })}
          onEdit={(cells) =>
            edit(
              'weight',
              Object.fromEntries(cells.map(([r, c, v]) => [`${filter},${channel},${r},${c}`, v])),
            )
          }
          onBias={(k, v) => edit('bias', { [k]: v })}
        />
        {steps.length ? (
          <OutputPanel
            values={model.shown}
            shape={volume(model.z.length, wo, filters)}
            relu={config.relu}
            step={shownIndex}
            color={divergingColor(outScale)}
            scale={outScale}
            onKey={onKey}
            onStep={go}
            onPeek={setPeek}
          />
        ) : null}
        {current ? (
          <Working
            step={current}
            channel={channel}
            channels={channels}
            kernel={[model.h.kernel, kernel]}
            oneD={model.oneD}
            bias={config.bias}
            relu={config.relu}
            shown={model.shown[current.out[0]][current.out[1]]}
          />
        ) : null}
      </div>
      <Transport
        step={step}
        count={steps.length}
        cols={wo}
        playing={playing}
        speed={speed}
        onStep={go}
        onPlaying={(p) => setView({ playing: p })}
        onSpeed={(s) => setView({ speed: s })}
        onKey={onKey}
      />
    </div>
  )
}
