import { useMemo } from 'react'
import type { ConfusionAnswer } from '../../train/tasks/digits/inspect.ts'
import { inkOn, sequentialColor } from '../../viz/colors.ts'
import { largest, percent, summariseConfusion } from './model.ts'

const DIGITS = Array.from({ length: 10 }, (_, d) => d)

/** The 10 × 10 confusion matrix on the validation set: rows are the truth, columns the prediction. */
export function Confusion({ answer }: { answer: ConfusionAnswer }) {
  const summary = useMemo(() => summariseConfusion(answer.counts), [answer.counts])
  const color = useMemo(() => sequentialColor(largest(answer.counts.flat(), 1)), [answer.counts])
  const { worst } = summary
  return (
    <div className="digits-confusion">
      <p role="status">
        {summary.correct} of {summary.total} validation digits right (
        {percent(summary.correct / Math.max(1, summary.total))})
        {worst
          ? `; the most common mistake: a ${worst.truth} read as ${worst.predicted} (${worst.count} times).`
          : '.'}
      </p>
      <div
        className="digits-confusion__scroll"
        tabIndex={0}
        role="region"
        aria-label="Confusion matrix, scrollable"
      >
        <table>
          <caption>True digit (rows) against predicted digit (columns)</caption>
          <thead>
            <tr>
              <th scope="col" className="digits-confusion__corner">
                true ↓ predicted →
              </th>
              {DIGITS.map((d) => (
                <th key={d} scope="col">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {answer.counts.map((row, truth) => (
              <tr key={truth}>
                <th scope="row">{truth}</th>
                {row.map((count, predicted) => {
                  const fill = color(count)
                  return (
                    <td
                      key={predicted}
                      className={
                        truth === predicted ? 'is-diagonal' : count ? 'is-mistake' : undefined
                      }
                      style={{ background: fill, color: inkOn(fill) }}
                      title={`${count} digit${count === 1 ? '' : 's'} that are ${truth} predicted as ${predicted}`}
                    >
                      {count}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
