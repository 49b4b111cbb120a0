import { describe, expect, it } from 'vitest'
import { CUSTOM_LIMITS } from '../../../src/train/tasks/char-model/meta.ts'
import { charModelTask } from '../../../src/train/tasks/char-model/task.ts'

const check = (raw: Record<string, unknown>) => charModelTask.checkSettings(raw)

describe('char-model settings', () => {
  it('defaults to the hello toy and drops text a built-in corpus does not use', () => {
    expect(check({})).toEqual({ corpus: 'hello', text: '' })
    expect(check({ corpus: 'sonnets', text: 'ignored' })).toEqual({ corpus: 'sonnets', text: '' })
  })

  it('refuses an unknown corpus by name', () => {
    expect(() => check({ corpus: 'poems' })).toThrow(/no corpus "poems".*hello, sonnets, custom/)
  })

  it('refuses an empty custom text', () => {
    expect(() => check({ corpus: 'custom', text: '' })).toThrow(RangeError)
    expect(() => check({ corpus: 'custom' })).toThrow(/empty/)
  })

  it('refuses a custom text of one repeated character', () => {
    expect(() => check({ corpus: 'custom', text: 'aaaa' })).toThrow(/at least two different/)
  })

  it('refuses a custom text over the length limit, saying the limit', () => {
    const text = 'ab'.repeat(CUSTOM_LIMITS.maxChars / 2) + 'a'
    expect(() => check({ corpus: 'custom', text })).toThrow(/200,000/)
    expect(check({ corpus: 'custom', text: text.slice(1) }).text).toHaveLength(
      CUSTOM_LIMITS.maxChars,
    )
  })

  it('refuses a custom text with too many different characters', () => {
    const text = Array.from({ length: CUSTOM_LIMITS.maxDistinct + 1 }, (_, i) =>
      String.fromCodePoint(0x4e00 + i),
    ).join('')
    expect(() => check({ corpus: 'custom', text })).toThrow(/different characters/)
  })

  it('reads Windows line ends as newlines', () => {
    expect(check({ corpus: 'custom', text: 'to be\r\nor not' }).text).toBe('to be\nor not')
  })
})
