import { useMemo } from 'react'
import { formatNumber } from '../../lesson/format.ts'
import { divergingColor, inkOn, maxAbs } from '../../viz/colors.ts'
import {
  edgeValues,
  layoutNet,
  phaseFocus,
  RADIUS,
  shownLoss,
  unitValues,
  type Unit,
  type UnitLayer,
} from './diagram.ts'
import type { NetModel } from './model.ts'
import type { PhaseId } from './schema.ts'
import './diagram.css'

interface Props {
  model: NetModel
  phase: PhaseId
  /** The colour scale of the givens' grids, so a unit and a cell of equal value look alike. */
  color: (v: number) => string
}

const NAMES: Record<UnitLayer, string> = { x: 'x', h: 'h', y: 'ŷ' }
const CAPTIONS: Record<UnitLayer, string> = { x: 'input x', h: 'hidden h₁', y: 'output ŷ' }
const SUB = '₁₂₃₄₅₆₇₈₉'
const fmt = (v: number) => formatNumber(v, 3)

/** The network as a small diagram: units with their values, weights on the edges, the loss box. */
export function NetDiagram({ model, phase, color }: Props) {
  const { x, W1, W2 } = model.givens
  const layout = useMemo(() => layoutNet(x.length, W1[0].length, W2[0].length), [x.length, W1, W2])
  const focus = phaseFocus(phase)
  const edges = { W1: edgeValues(model, phase, 'W1'), W2: edgeValues(model, phase, 'W2') }
  const edgeColor = divergingColor(maxAbs([...edges.W1.values.flat(), ...edges.W2.values.flat()]))
  const values = {
    x: unitValues(model, phase, 'x'),
    h: unitValues(model, phase, 'h'),
    y: unitValues(model, phase, 'y'),
  }
  const loss = shownLoss(model, phase)
  const box = layout.lossBox
  const summary = `Network with ${x.length} inputs, ${W1[0].length} hidden units and ${W2[0].length} outputs; edges show the ${edges.W1.name}s${loss ? `; ${loss.after ? 'E′' : 'E'} = ${formatNumber(loss.value, 6)}` : ''}`

  return (
    <div className="bp-diagram">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={summary}
        className={focus.backward ? 'bp-svg bp-svg--backward' : 'bp-svg'}
      >
        {(['x', 'h', 'y'] as const).map((layer) => (
          <text
            key={layer}
            className="bp-caption"
            x={layout.units.find((u) => u.layer === layer)?.cx}
            y={14}
          >
            {CAPTIONS[layer]}
          </text>
        ))}
        {layout.edges.map((e) => {
          const v = edges[e.layer].values[e.row][e.col]
          const on = focus.weights.has(e.layer)
          return (
            <g
              key={`${e.layer}-${e.row}-${e.col}`}
              className={on ? 'bp-edge bp-edge--on' : 'bp-edge'}
            >
              <title>{`${e.layer === 'W1' ? 'Θ₁' : 'Θ₂'}[${e.row + 1}, ${e.col + 1}] ${edges[e.layer].name}: ${v}`}</title>
              <line x1={e.from.cx} y1={e.from.cy} x2={e.to.cx} y2={e.to.cy} stroke={edgeColor(v)} />
              {e.labelled ? (
                <text x={e.labelX} y={e.labelY} className="bp-edge__label">
                  {fmt(v)}
                </text>
              ) : null}
            </g>
          )
        })}
        {layout.units.map((u) => (
          <UnitNode
            key={`${u.layer}-${u.index}`}
            unit={u}
            value={values[u.layer].values?.[u.index] ?? null}
            delta={values[u.layer].deltas?.[u.index] ?? null}
            on={focus.units.has(u.layer)}
            color={color}
          />
        ))}
        <g className={focus.loss ? 'bp-loss bp-loss--on' : 'bp-loss'}>
          <line
            x1={layout.units.at(-1)!.cx + RADIUS}
            y1={box.y + box.height / 2}
            x2={box.x}
            y2={box.y + box.height / 2}
          />
          <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={8} />
          <text x={box.x + box.width / 2} y={box.y + 30}>
            y = {model.givens.y.map(fmt).join(', ')}
          </text>
          <text x={box.x + box.width / 2} y={box.y + 58} className="bp-loss__e">
            {loss ? `${loss.after ? 'E′' : 'E'} = ${formatNumber(loss.value, 3)}` : 'E = ?'}
            {loss ? <title>{String(loss.value)}</title> : null}
          </text>
        </g>
      </svg>
      <p className="bp-diagram__key">
        Edges: Θ₁ {edges.W1.name}s, Θ₂ {edges.W2.name}s
        {layout.edges.every((e) => e.labelled) ? '' : ' (hover for numbers)'}
        {focus.backward ? '; dashed: running backward' : ''}.
      </p>
    </div>
  )
}

function UnitNode(props: {
  unit: Unit
  value: number | null
  delta: number | null
  on: boolean
  color: (v: number) => string
}) {
  const { unit, value, delta, on, color } = props
  const fill = value === null ? 'var(--paper)' : color(value)
  const name = `${NAMES[unit.layer]}${SUB[unit.index]}`
  return (
    <g className={on ? 'bp-unit bp-unit--on' : 'bp-unit'}>
      <title>{`${name} = ${value ?? 'not computed yet'}${delta === null ? '' : `, δ = ${delta}`}`}</title>
      <circle cx={unit.cx} cy={unit.cy} r={RADIUS} fill={fill} />
      <text x={unit.cx} y={unit.cy} fill={value === null ? 'var(--muted)' : inkOn(fill)}>
        {value === null ? '?' : fmt(value)}
      </text>
      <text x={unit.cx - RADIUS - 6} y={unit.cy - RADIUS + 2} className="bp-unit__name">
        {name}
      </text>
      {delta !== null ? (
        <text x={unit.cx} y={unit.cy + RADIUS + 13} className="bp-unit__delta">
          δ {fmt(delta)}
        </text>
      ) : null}
    </g>
  )
}
