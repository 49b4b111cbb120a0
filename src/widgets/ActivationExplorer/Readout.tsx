import { formatNumber } from '../../lesson/format.ts'
import type { ActivationName } from '../../engine/activations.ts'
import '../../viz/tiles.css'

interface Props {
  fn: ActivationName
  slope: number
  x: number
  y: number
  dy: number
  depth: number
}

const NAMES: Record<ActivationName, string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'LReLU',
}

/** The slope written out with the live numbers, so the learner sees where f′(x) comes from. */
function slopeWorking({ fn, slope, x, y }: Props): string {
  const n = (v: number) => formatNumber(v)
  switch (fn) {
    case 'sigmoid':
      return `σ′(x) = σ(x)(1 − σ(x)) = ${n(y)} × ${n(1 - y)}`
    case 'tanh':
      return `tanh′(x) = 1 − tanh(x)² = 1 − ${y < 0 ? `(${n(y)})` : n(y)}²`
    case 'relu':
      return x > 0 ? 'ReLU′(x) = 1 because x > 0' : 'ReLU′(x) = 0 because x ≤ 0'
    case 'leakyRelu':
      return x > 0 ? 'LReLU′(x) = 1 because x > 0' : `LReLU′(x) = slope = ${n(slope)} because x ≤ 0`
  }
}

/** The live numbers: f(x), f′(x) with its working, and what `depth` such slopes do to a gradient. */
export function Readout(props: Props) {
  const { fn, x, y, dy, depth } = props
  const chain = Math.pow(Math.abs(dy), depth)
  const name = NAMES[fn]
  return (
    <div className="act-readout" aria-live="polite">
      <dl className="value-tiles">
        <div>
          <dt>x</dt>
          <dd>{formatNumber(x, 3)}</dd>
        </div>
        <div>
          <dt>{name}(x)</dt>
          <dd className="act-readout__f">{formatNumber(y)}</dd>
        </div>
        <div>
          <dt>{name}′(x)</dt>
          <dd className="act-readout__df">{formatNumber(dy)}</dd>
        </div>
        <div>
          <dt>
            |{name}′(x)|<sup>{depth}</sup>
          </dt>
          <dd>{formatNumber(chain)}</dd>
        </div>
      </dl>
      <p className="act-readout__working">
        {slopeWorking(props)} = <strong>{formatNumber(dy)}</strong>
      </p>
      <p className="act-readout__chain">
        {depth === 1
          ? `A gradient passing back through one unit at this x is multiplied by ${formatNumber(dy)}.`
          : `A gradient passing back through ${depth} units, each at this x, is multiplied by ${formatNumber(dy)} at every one of them: ×${formatNumber(chain)} in all, so it ${verdict(chain)}.`}
      </p>
    </div>
  )
}

function verdict(factor: number): string {
  if (factor < 1e-3) return 'all but vanishes'
  if (factor < 0.5) return 'shrinks'
  if (factor > 1.0001) return 'grows'
  return 'keeps most of its size'
}
