import { MEMORY_CELLS, type AccuracyByK } from '../../train/tasks/long-memory/meta.ts'
import { SERIES_STYLE } from './model.ts'

interface Props {
  data: AccuracyByK
  /** Index of the delay being read: its column is highlighted. */
  cursor: number
}

const pct = (v: number) => `${Math.round(v * 100)}%`

/** The plotted numbers as a table: one row per cell, one column per delay k. */
export function AccuracyTable({ data, cursor }: Props) {
  return (
    <div
      className="mem-table"
      tabIndex={0}
      role="region"
      aria-label="Accuracy by delay, as a table"
    >
      <table>
        <caption>Validation accuracy by delay k (chance {pct(data.chance)})</caption>
        <thead>
          <tr>
            <th scope="col">cell</th>
            {data.ks.map((k, i) => (
              <th key={k} scope="col" className={i === cursor ? 'mem-table__on' : undefined}>
                k = {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MEMORY_CELLS.map((cell) => (
            <tr key={cell}>
              <th scope="row">{SERIES_STYLE[cell].label}</th>
              {data.accuracy[cell].map((a, i) => (
                <td
                  key={data.ks[i]}
                  className={i === cursor ? 'mem-table__on' : undefined}
                  title={String(a)}
                  data-cell={cell}
                  data-k={data.ks[i]}
                  data-value={a}
                >
                  {pct(a)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
