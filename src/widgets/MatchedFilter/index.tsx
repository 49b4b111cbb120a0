import { useCallback, useMemo, useState } from 'react'
import { useChartSize } from '../../viz/useChartSize.ts'
import type { WidgetProps } from '../types.ts'
import { FilterStoreContext, useFilter } from './context.ts'
import { Controls } from './Controls.tsx'
import { patternValues, probeAt, runMatchedFilter } from './model.ts'
import { OutputPlot, SignalPlot } from './Plots.tsx'
import { Probe } from './Probe.tsx'
import type { MatchedFilterConfig } from './schema.ts'
import * as sel from './store.ts'
import { TemplateRow } from './TemplateRow.tsx'
import { Verdict } from './Verdict.tsx'
import './matched.css'

/** Matched filter: a template hidden in seeded noise, found as the peak of the sliding output. */
export default function MatchedFilter(props: WidgetProps) {
  const [store] = useState(sel.createFilterStore)
  return (
    <FilterStoreContext.Provider value={store}>
      <Filter {...props} />
    </FilterStoreContext.Provider>
  )
}

function Filter({ params, setParams }: WidgetProps) {
  const config = params as unknown as MatchedFilterConfig
  const edited = useFilter(sel.selectTemplate)
  const edit = useFilter(sel.selectEdit)
  const replace = useFilter(sel.selectReplace)
  const clear = useFilter(sel.selectClear)
  const preset = useMemo(() => patternValues(config.pattern), [config.pattern])
  const template = edited ?? preset
  const { pattern, mode, length, position, noise, seed } = config
  // The engine runs when the signal or the template changes, not when the probe moves.
  const { run, error } = useMemo(
    () => runMatchedFilter(template, { pattern, mode, length, position, noise, seed, probe: 0 }),
    [template, pattern, mode, length, position, noise, seed],
  )
  const probe = run ? Math.min(config.probe, run.output.length - 1) : 0
  const setProbe = useCallback((n: number) => setParams({ probe: n }), [setParams])
  const { ref, width, height } = useChartSize<HTMLDivElement>(0.17, 110, 150)

  return (
    <div className="mf">
      <Controls config={config} k={template.length} setParams={setParams} onPattern={clear} />
      <TemplateRow
        template={template}
        kernel={run?.kernel ?? null}
        mode={mode}
        edited={edited !== null}
        onEdit={(i, v) => edit(template, i, v)}
        onPaste={(values) => values.length > 0 && replace(values)}
        onReset={clear}
      />
      <div ref={ref} className="mf-plots">
        {run ? (
          <>
            <p className="mf-plots__title">
              Signal x: pattern plus noise (line: the pattern alone)
            </p>
            <SignalPlot run={run} position={position} probe={probe} width={width} height={height} />
            <p className="mf-plots__title">
              Output y[n] = Σ<sub>m</sub> w[m]·x[n+m]
              {mode === 'convolve' ? ' with w flipped' : ''}: focus it and use the arrow keys
            </p>
            <OutputPlot
              run={run}
              position={position}
              probe={probe}
              width={width}
              height={height}
              onProbe={setProbe}
            />
          </>
        ) : (
          <p className="mf-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {run ? (
        <>
          <Verdict run={run} position={position} mode={mode} noise={noise} />
          <Probe probe={probeAt(run, probe)} at={probe} />
        </>
      ) : null}
    </div>
  )
}
