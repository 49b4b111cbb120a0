import { inkOn } from '../../viz/colors.ts'
import { showChar } from './model.ts'

interface Props {
  chars: readonly string[]
  vocab: readonly string[]
  /** One-hot rows [T, V]. */
  rows: readonly (readonly number[])[]
  color: (value: number) => string
}

/**
 * One sentence as one-hot characters. Time runs left to right, as in the unroller, so a long
 * sentence scrolls sideways in its own box instead of making the slide tall.
 */
export function CharGrid({ chars, vocab, rows, color }: Props) {
  return (
    <div className="tv__scroll" tabIndex={0} role="region" aria-label="One-hot characters">
      <table className="tv__table tv__table--chars" data-testid="char-grid">
        <thead>
          <tr>
            <th scope="col">t →</th>
            {chars.map((c, t) => (
              <th scope="col" key={t} title={`step ${t + 1}`}>
                {showChar(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {vocab.map((v, k) => (
            <tr key={v}>
              <th scope="row">{showChar(v)}</th>
              {rows.map((row, t) => {
                const fill = color(row[k])
                return (
                  <td key={t} style={{ background: fill, color: inkOn(fill) }}>
                    {row[k]}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
