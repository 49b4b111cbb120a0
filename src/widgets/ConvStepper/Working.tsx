import { formatNumber } from '../../lesson/format.ts'
import type { ConvStep } from '../../trace/convSteps.ts'
import { divergingColor, maxAbs } from '../../viz/colors.ts'
import { NumberGrid } from '../../viz/NumberGrid.tsx'
import { Tex } from '../../viz/Tex.tsx'
import { channelSums, productGrid } from './model.ts'
import { stepTex } from './tex.ts'

interface Props {
  step: ConvStep
  channel: number
  channels: number
  /** Kernel [height, width]; a 1-D kernel is one row. */
  kernel: [number, number]
  oneD: boolean
  bias: boolean
  relu: boolean
  /** The output as shown (after ReLU when on). */
  shown: number
}

const full = (v: number) => String(v)

/** One output cell worked out: the window's products, their sum, bias, ReLU, and the formula. */
export function Working({ step, channel, channels, kernel, oneD, bias, relu, shown }: Props) {
  const products = productGrid(step, channel, ...kernel)
  const color = divergingColor(maxAbs(products.flat()))
  const sums = channelSums(step, channels)
  const [r, c] = step.out
  return (
    <>
      <section className="conv-panel conv-work" aria-label="Working">
        <h4 className="conv-panel__title">
          weight × input{channels > 1 ? `, channel ${channel + 1}` : ''}
        </h4>
        <NumberGrid
          label="Products"
          values={products}
          color={color}
          mark={(i, j) =>
            step.taps.find((t) => t.c === channel && t.tap[0] === i && t.tap[1] === j)?.padding
              ? 'padding'
              : null
          }
        />
        <p className="visually-hidden" aria-live="polite">
          {stepSentence(step, oneD, bias, relu ? shown : null)}
        </p>
        <dl className="conv-work__sums">
          {channels > 1
            ? sums.map((s, ch) => (
                <div key={ch}>
                  <dt>Σ channel {ch + 1}</dt>
                  <dd title={full(s)}>{formatNumber(s)}</dd>
                </div>
              ))
            : null}
          <div>
            <dt>Σ products</dt>
            <dd title={full(step.sum)}>{formatNumber(step.sum)}</dd>
          </div>
          {bias ? (
            <div>
              <dt>+ bias</dt>
              <dd title={full(step.bias)}>{formatNumber(step.bias)}</dd>
            </div>
          ) : null}
          <div>
            <dt>z at {oneD ? c + 1 : `(${r + 1}, ${c + 1})`}</dt>
            <dd>
              <output
                className="conv-work__z"
                data-value={full(step.value)}
                title={full(step.value)}
              >
                {formatNumber(step.value)}
              </output>
            </dd>
          </div>
          {relu ? (
            <div>
              <dt>ReLU(z)</dt>
              <dd title={full(shown)}>{formatNumber(shown)}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <div className="conv-work__tex" tabIndex={0} role="region" aria-label="The sum as a formula">
        <Tex tex={stepTex(step, { channels, bias, relu, shown, oneD })} display />
      </div>
    </>
  )
}

/**
 * The step in words, for screen readers: "Output row 2, column 3: 0.74, the sum of 9 products."
 * (the live region speaks it each time the window moves).
 */
export function stepSentence(
  step: ConvStep,
  oneD: boolean,
  bias: boolean,
  afterRelu: number | null,
): string {
  const [r, c] = step.out
  const where = oneD ? `Output position ${c + 1}` : `Output row ${r + 1}, column ${c + 1}`
  const parts = [`${where}: ${formatNumber(step.value)}, the sum of ${step.taps.length} products`]
  if (bias) parts.push(`plus the bias ${formatNumber(step.bias)}`)
  if (afterRelu !== null) parts.push(`and ${formatNumber(afterRelu)} after ReLU`)
  return `${parts.join(' ')}.`
}
