import { formatNumber } from '../../lesson/format.ts'
import { Tex } from '../../viz/Tex.tsx'
import { texNumber } from '../RnnStep/tex.ts'
import { topChoice, VOCAB, type UnrollStep } from './model.ts'

// A vector written as a tuple: compact enough for one line on a slide.
const tuple = (v: readonly number[]) => `(${v.map((x) => texNumber(x, 3)).join(',\\;')})`

/** The focused step written out: the pre-activation's two parts, h_t, and the next-char table. */
export function StepDetail({ step, word }: { step: UnrollStep; word: string }) {
  const t = step.t
  const top = topChoice(step)
  const before = word.slice(0, t - 1)
  const lines = [
    String.raw`\begin{aligned} \mathbf{a}_{${t}} &= W_{xh}\,\mathbf{x}_{${t}} + W_{hh}\,\mathbf{h}_{${t - 1}} \\ &= ${tuple(step.xPart)} \\ &\phantom{=}+ ${tuple(step.hPart)} \\ &= ${tuple(step.preact)} \end{aligned}`,
    String.raw`\begin{aligned} \mathbf{h}_{${t}} &= \tanh(\mathbf{a}_{${t}}) \\ &= ${tuple(step.h)} \end{aligned}`,
  ]
  const nextP = step.next === null ? null : step.probs[VOCAB.indexOf(step.next as 'h')]
  return (
    <div className="unroll__detail">
      <p className="visually-hidden" aria-live="polite">
        {unrollSentence(step, word)}
      </p>
      <p className="unroll__where" data-testid="unroll-where">
        Step {t} reads “{step.char}”{before ? ` after “${before}”` : ', the first letter'}. x
        <sub>{t}</sub> is one-hot, so W<sub>xh</sub>x<sub>{t}</sub> is a column of W<sub>xh</sub>.
      </p>
      {lines.map((tex, i) => (
        <Tex key={i} tex={tex} display />
      ))}
      <div className="unroll__readout">
        <div className="unroll__table-wrap">
          <table className="unroll__table">
            <thead>
              <tr>
                <th scope="col">next</th>
                <th scope="col">
                  y = W<sub>hy</sub>h<sub>{t}</sub>
                </th>
                <th scope="col">softmax(y)</th>
              </tr>
            </thead>
            <tbody>
              {VOCAB.map((c, v) => (
                <tr key={c} className={c === step.next ? 'is-next' : undefined}>
                  <th scope="row">{c}</th>
                  <td>{formatNumber(step.logits[v], 3)}</td>
                  <td data-testid={`p-${c}`}>{formatNumber(step.probs[v], 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="unroll__verdict">
          Most likely next: “{top.char}” ({formatNumber(top.p, 3)}).
          <br />
          {nextP === null
            ? 'The word ends here.'
            : `The real next letter, “${step.next}”, gets ${formatNumber(nextP, 3)}.`}
        </p>
      </div>
    </div>
  )
}

/**
 * The step in words, for screen readers: "Step 2 reads “e”. h_2 is (0.31, −0.12, 0.54). Most likely
 * next: “l”, 41%."; the formulas stay for sighted readers and for reading on demand.
 */
export function unrollSentence(step: UnrollStep, word: string): string {
  const top = topChoice(step)
  const h = step.h.map((x) => formatNumber(x, 2)).join(', ')
  const next = step.next === null ? 'the word ends here' : `the word goes on with “${step.next}”`
  return (
    `Step ${step.t} of ${word.length} reads “${step.char}”. h${step.t} is (${h}). ` +
    `Most likely next: “${top.char}”, ${Math.round(top.p * 100)}%; ${next}.`
  )
}
