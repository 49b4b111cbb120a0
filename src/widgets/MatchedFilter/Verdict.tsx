import { formatNumber } from '../../lesson/format.ts'
import type { FilterRun } from './model.ts'
import type { FilterMode } from './schema.ts'

const samples = (d: number) => `${d} sample${d === 1 ? '' : 's'}`

interface Props {
  run: FilterRun
  position: number
  mode: FilterMode
  noise: number
}

/** Whether the highest output landed on the hidden pattern, in words, with the engine's numbers. */
export function Verdict({ run, position, mode, noise }: Props) {
  const { peak, correlationPeak } = run
  const off = Math.abs(peak.at - position)
  let text: string
  if (run.silent)
    text = 'The template is all zeros: every output is 0, so there is no peak to find.'
  else if (off === 0)
    text = `Found: the highest output, ${formatNumber(peak.value)} at n = ${peak.at}, sits exactly where the pattern is hidden.`
  else
    text = `Missed: the highest output, ${formatNumber(peak.value)}, is at n = ${peak.at}, ${samples(off)} from where the pattern is hidden (n = ${position}).`
  if (!run.silent && mode === 'convolve') {
    text += run.symmetric
      ? ' This template reads the same backwards, so flipping it changes nothing.'
      : ` Convolution slides the template backwards; cross-correlation peaks at ${formatNumber(correlationPeak.value)} (n = ${correlationPeak.at}).`
  } else if (!run.silent && off > 0 && noise > 0) {
    text +=
      ' At this noise level a chance stretch of noise resembles the template more than the pattern does.'
  }
  return (
    <p
      className={`mf-verdict${off === 0 && !run.silent ? ' mf-verdict--found' : ''}`}
      role="status"
    >
      {text}
    </p>
  )
}
