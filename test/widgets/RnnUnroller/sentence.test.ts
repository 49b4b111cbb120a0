import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../../src/lesson/format.ts'
import { unroll, VOCAB } from '../../../src/widgets/RnnUnroller/model.ts'
import { unrollSentence } from '../../../src/widgets/RnnUnroller/StepDetail.tsx'

describe('unrollSentence', () => {
  it('reads the step, its hidden state and the likeliest next letter in words', () => {
    const { steps } = unroll('hello', 3, 1)
    const step = steps[1]
    const best = step.probs.indexOf(Math.max(...step.probs))
    const sentence = unrollSentence(step, 'hello')
    expect(sentence).toContain('Step 2 of 5 reads “e”.')
    expect(sentence).toContain(`h2 is (${step.h.map((v) => formatNumber(v, 2)).join(', ')}).`)
    expect(sentence).toContain(
      `Most likely next: “${VOCAB[best]}”, ${Math.round(step.probs[best] * 100)}%`,
    )
    expect(sentence).toMatch(/the word goes on with “l”\.$/)
    expect(unrollSentence(steps[4], 'hello')).toMatch(/the word ends here\.$/)
  })
})
