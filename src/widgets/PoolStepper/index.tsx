import { useCallback, useMemo, useState } from 'react'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import { OutputPanel } from '../ConvStepper/OutputPanel.tsx'
import { InputPanel } from '../ConvStepper/Panels.tsx'
import { Transport } from '../ConvStepper/Transport.tsx'
import { useWindowStepper } from '../ConvStepper/useWindowStepper.ts'
import '../ConvStepper/conv.css'
import type { WidgetProps } from '../types.ts'
import { Backward } from './Backward.tsx'
import { PoolStoreContext, usePool } from './context.ts'
import { Controls } from './Controls.tsx'
import { FitLine } from './FitLine.tsx'
import { inputMarks, paddedInput, runBackward, runPool, shiftCheck } from './model.ts'
import { inputPreset } from './presets.ts'
import type { PoolConfig } from './schema.ts'
import * as sel from './store.ts'
import { Working } from './Working.tsx'
import './pool.css'

/** Pooling stepper: max, average or p-norm pooling stepped cell by cell, forward and backward. */
export default function PoolStepper(props: WidgetProps) {
  const [store] = useState(sel.createPoolStore)
  return (
    <PoolStoreContext.Provider value={store}>
      <Stepper {...props} />
    </PoolStoreContext.Provider>
  )
}

const reduceMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches

function Stepper({ params, setParams }: WidgetProps) {
  const config = params as unknown as PoolConfig
  const { mode, p, window: k, stride, padding, view } = config
  const edits = usePool(sel.selectEdits)
  const playing = usePool(sel.selectPlaying)
  const speed = usePool(sel.selectSpeed)
  const edit = usePool(sel.selectEdit)
  const clear = usePool(sel.selectClear)
  const setView = usePool(sel.selectSetView)
  const setStep = useCallback((to: number) => setParams({ step: to }), [setParams])
  const stopPlaying = useCallback(() => setView({ playing: false }), [setView])

  const base = useMemo(() => inputPreset(config.input, config.seed), [config.input, config.seed])
  const n = base.length
  const input = useMemo(() => sel.withEdits(base, n, n, edits.input), [base, n, edits.input])
  const settings = { mode, p, window: k, stride, padding }
  // The engine runs when the pooling or its numbers change, not on every step of the window.
  const model = useMemo(
    () => runPool({ mode, p, window: k, stride, padding }, input),
    [mode, p, k, stride, padding, input],
  )
  const steps = model.trace?.steps ?? []
  const wo = model.output[0]?.length ?? 0
  const { step, shown, setPeek, go, onKey } = useWindowStepper({
    requested: config.step,
    count: steps.length,
    rows: model.output.length,
    cols: wo,
    playing,
    speed,
    setStep,
    stopPlaying,
  })
  const current = steps[shown] ?? null
  const outGrad = sel.withEdits(null, model.output.length, wo, edits.grad)
  const back = model.trace && view === 'backward' ? runBackward(model.trace, outGrad) : null
  const route = back?.routes[shown] ?? null
  const shift = mode === 'max' && view === 'forward' ? shiftCheck(settings, input) : null

  const scale = maxAbs(input.flat())
  const color = divergingColor(scale)
  const pad = model.fit.padBefore
  const receivers = route ? route.to.map((t) => t.at) : null
  return (
    <div className="conv pool" onKeyDown={(e) => e.key === 'Escape' && setPeek(null)}>
      <Controls config={config} setParams={setParams} onReplace={() => clear('input')} />
      <FitLine fit={model.fit} errors={model.errors} window={k} />
      <div className="conv-panels">
        <InputPanel
          values={paddedInput(input, pad, 0)}
          pad={[pad, pad]}
          shape={`${n}×${n}`}
          channels={1}
          channel={0}
          color={color}
          scale={scale}
          mark={inputMarks(current, pad, n, receivers)}
          onChannel={() => {}}
          onEdit={(cells) =>
            edit('input', Object.fromEntries(cells.map(([r, c, v]) => [`${r},${c}`, v])))
          }
        />
        {steps.length && view === 'forward' ? (
          <OutputPanel
            values={model.output}
            shape={`${model.output.length}×${wo}`}
            relu={false}
            step={shown}
            color={color}
            scale={scale}
            onKey={onKey}
            onStep={go}
            onPeek={setPeek}
          />
        ) : null}
        {back ? (
          <Backward
            outGrad={outGrad}
            inputGrad={back.inputGrad}
            step={shown}
            receivers={receivers ?? []}
            onEdit={(r, c, v) => edit('grad', { [`${r},${c}`]: v })}
            onStep={go}
          />
        ) : null}
        {current ? <Working step={current} mode={mode} p={p} window={k} route={route} /> : null}
      </div>
      {mode === 'max' && pad > 0 ? (
        <p className="pool-note">Max pooling treats padding as −∞: a padding cell never wins.</p>
      ) : null}
      {back ? (
        <p className="pool-note">
          Edit ∂L/∂y and focus its cells to follow one gradient; ∂L/∂x is the engine&apos;s backward
          pass, with the cells that receive the current gradient outlined.
        </p>
      ) : null}
      {shift ? (
        <p className="pool-note" role="status">
          Shift the input one column right: {shift.inputSame} of {shift.inputTotal} input cells keep
          their value, but {shift.same} of {shift.total} max-pooled outputs stay the same.
        </p>
      ) : null}
      <Transport
        step={step}
        count={steps.length}
        cols={wo}
        playing={playing}
        speed={speed}
        onStep={go}
        onPlaying={(on) => {
          // Under reduced motion nothing moves on its own: Play takes one step instead.
          if (on && reduceMotion()) {
            if (step < steps.length - 1) go(step + 1)
            return
          }
          setView({ playing: on })
        }}
        onSpeed={(s) => setView({ speed: s })}
        onKey={onKey}
      />
    </div>
  )
}
