import { useCallback, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import { InputPanel, KernelPanel } from '../ConvStepper/Panels.tsx'
import { Transport } from '../ConvStepper/Transport.tsx'
import { prefersReducedMotion, useWindowStepper } from '../ConvStepper/useWindowStepper.ts'
import '../ConvStepper/conv.css'
import type { WidgetProps } from '../types.ts'
import { Controls } from './Controls.tsx'
import { canvasAt, landing, runStamps, stampGrid } from './model.ts'
import { OutputGrid, StampPanel } from './Panels.tsx'
import { stampNumbers } from './presets.ts'
import type { StampConfig } from './schema.ts'
import { SizeNotice } from './SizeNotice.tsx'
import { StampCanvas } from './StampCanvas.tsx'
import * as sel from './store.ts'
import { stampSentence } from './words.ts'
import './stamp.css'

const cells = (grid: [number, number, number][]) =>
  Object.fromEntries(grid.map(([r, c, v]) => [`${r},${c}`, v]))

/** Transposed-convolution stepper: each input cell stamps its scaled kernel; overlaps add. */
export default function TransposedConvStepper({ params, setParams }: WidgetProps) {
  const [store] = useState(sel.createStampStore)
  const edits = useStore(store, sel.selectEdits)
  const playing = useStore(store, sel.selectPlaying)
  const speed = useStore(store, sel.selectSpeed)
  const { edit, clear, setView } = store.getState()
  const setStep = useCallback((to: number) => setParams({ step: to }), [setParams])
  const stopPlaying = useCallback(() => setView({ playing: false }), [setView])

  const config = params as unknown as StampConfig
  const { size, kernel, stride, padding, outputPadding, preset, input, seed } = config
  const base = useMemo(
    () => stampNumbers({ size, kernel, input, preset, seed }),
    [size, kernel, input, preset, seed],
  )
  const numbers = useMemo(
    () => ({
      input: sel.withEdits(base.input, edits.input),
      kernel: sel.withEdits(base.kernel, edits.kernel),
    }),
    [base, edits],
  )
  const layer = { size, kernel, stride, padding, outputPadding }
  // The engine runs when the layer or its numbers change, not on every stamp.
  const model = useMemo(
    () => runStamps({ size, kernel, stride, padding, outputPadding }, numbers),
    [size, kernel, stride, padding, outputPadding, numbers],
  )
  const count = model.trace?.steps.length ?? 0
  const { step, shown, setPeek, go, onKey } = useWindowStepper({
    requested: config.step,
    count,
    rows: size,
    cols: size,
    playing,
    speed,
    setStep,
    stopPlaying,
  })
  const current = model.trace?.steps[shown] ?? null
  const full = model.full
  const canvas = useMemo(
    () => (full ? canvasAt(full, model.canvas, shown) : null),
    [full, model.canvas, shown],
  )
  const land = current ? landing(model, shown) : null
  const p = model.crop.start
  const live = current?.cells.filter((c) => !c.cropped).map((c) => `${c.at[0]},${c.at[1]}`)

  const inScale = maxAbs(numbers.input.flat())
  const wScale = maxAbs(numbers.kernel.flat())
  const outScale = maxAbs(full?.output.data ?? [])
  const outColor = divergingColor(outScale)
  const where = current ? `input (${current.from[0]}, ${current.from[1]}) stamping` : 'no stamp'
  return (
    <div className="conv stamp" onKeyDown={(e) => e.key === 'Escape' && setPeek(null)}>
      <Controls config={config} setParams={setParams} onReplace={clear} />
      <SizeNotice layer={layer} fit={model.fit} />
      <div className="conv-panels">
        <div className="stamp-stack">
          <InputPanel
            values={numbers.input}
            pad={[0, 0]}
            shape={`${size}×${size}`}
            channels={1}
            channel={0}
            color={divergingColor(inScale)}
            scale={inScale}
            mark={(r, c) => (current && r * size + c === shown ? 'active' : null)}
            onChannel={() => {}}
            onEdit={(grid) => edit('input', cells(grid))}
            onCell={(r, c, focused) => (focused ? go(r * size + c) : setPeek(r * size + c))}
            onCellLeave={() => setPeek(null)}
          />
          <KernelPanel
            values={numbers.kernel}
            shape={`${kernel}×${kernel}`}
            filters={1}
            filter={0}
            channel={0}
            channels={1}
            color={divergingColor(wScale)}
            scale={wScale}
            bias={null}
            onFilter={() => {}}
            onEdit={(grid) => edit('kernel', cells(grid))}
            onBias={() => {}}
          />
        </div>
        {current && canvas ? (
          <>
            <StampPanel step={current} values={stampGrid(current, kernel)} color={outColor} />
            <StampCanvas
              values={canvas.values}
              counts={canvas.counts}
              stamp={new Set(current.cells.map((c) => `${c.at[0] + p},${c.at[1] + p}`))}
              crop={model.crop}
              color={outColor}
              scale={outScale}
              where={where}
              onKey={onKey}
            />
            <OutputGrid
              values={model.output}
              touched={new Set(live)}
              color={outColor}
              scale={outScale}
            />
          </>
        ) : null}
      </div>
      {current && land ? (
        <p className="stamp-sentence" aria-live="polite">
          {stampSentence(current, land, layer)}
        </p>
      ) : null}
      <Transport
        step={step}
        count={count}
        cols={size}
        playing={playing}
        speed={speed}
        noun="Input cell"
        origin={0}
        onStep={go}
        onPlaying={(on) => {
          // Under reduced motion nothing moves on its own: Play takes one step instead.
          if (on && prefersReducedMotion()) {
            if (step < count - 1) go(step + 1)
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
