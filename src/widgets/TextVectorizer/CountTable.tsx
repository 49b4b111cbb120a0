import { inkOn } from '../../viz/colors.ts'
import type { BagOfWords } from './model.ts'

interface Props {
  bag: BagOfWords
  /** Which field each row came from (empty fields have no row). */
  rows: readonly number[]
  color: (count: number) => string
}

/** The count-vector matrix: one row per sentence, one column per vocabulary word, cells coloured. */
export function CountTable({ bag, rows, color }: Props) {
  return (
    <div className="tv__scroll" tabIndex={0} role="region" aria-label="Count vectors">
      <table className="tv__table" data-testid="count-table">
        <thead>
          <tr>
            <th scope="col" title="sentence">
              #
            </th>
            {bag.vocab.map((w) => (
              <th scope="col" key={w}>
                {w}
              </th>
            ))}
            {/* Σ, not a word: a typed sentence could contain "words" or "total". */}
            <th scope="col" className="tv__total" title="words in the sentence">
              Σ
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((field, r) => (
            <tr key={field} data-testid={`counts-${field + 1}`}>
              <th scope="row">{field + 1}</th>
              {bag.counts[r].map((c, v) => {
                const fill = color(c)
                return (
                  <td key={bag.vocab[v]} style={{ background: fill, color: inkOn(fill) }}>
                    {c}
                  </td>
                )
              })}
              <td className="tv__total">{bag.tokens[r].length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
