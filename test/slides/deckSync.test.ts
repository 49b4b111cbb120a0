import { describe, expect, it } from 'vitest'
import { openDeckLink, parsePosition, type DeckPosition } from '../../src/slides/deckSync.ts'
import { formatElapsed } from '../../src/slides/useClock.ts'

describe('parsePosition', () => {
  it('accepts a well-formed position', () => {
    const p = { slug: 'pooling', slide: 3, sender: 'abc' }
    expect(parsePosition(p)).toEqual(p)
  })

  it('carries a forwarded press, and nothing but next or previous', () => {
    expect(parsePosition({ slug: 'pooling', slide: 3, sender: 'p', press: 'next' })).toEqual({
      slug: 'pooling',
      slide: 3,
      sender: 'p',
      press: 'next',
    })
    expect(parsePosition({ slug: 'pooling', slide: 3, sender: 'p', press: 'first' })).toBeNull()
    expect(parsePosition({ slug: 'pooling', slide: 3, sender: 'p', press: 1 })).toBeNull()
  })

  it('ignores anything else that arrives on the channel', () => {
    for (const bad of [
      null,
      'pooling/3',
      [],
      { slug: 'pooling', slide: 0, sender: 'a' },
      { slug: 'pooling', slide: 2.5, sender: 'a' },
      { slug: 'pooling', slide: '3', sender: 'a' },
      { slug: '../etc', slide: 3, sender: 'a' },
      { slug: 'pooling', slide: 3, sender: '' },
      { slug: 'pooling', slide: 3 },
    ]) {
      expect(parsePosition(bad)).toBeNull()
    }
  })

  it('keeps only the three fields, so a __proto__ key in a message stays inert', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": 1}, "slug": "x", "slide": 1, "sender": "s"}')
    expect(parsePosition(raw)).toEqual({ slug: 'x', slide: 1, sender: 's' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('openDeckLink', () => {
  it('carries a position from one window to another, but not back to the sender', async () => {
    const heardByA: DeckPosition[] = []
    const heardByB: DeckPosition[] = []
    const a = openDeckLink((p) => heardByA.push(p))
    const b = openDeckLink((p) => heardByB.push(p))
    a.post({ slug: 'pooling', slide: 4, sender: 'A' })
    await new Promise((r) => setTimeout(r, 50))
    expect(heardByB).toEqual([{ slug: 'pooling', slide: 4, sender: 'A' }])
    expect(heardByA).toEqual([])
    a.close()
    b.close()
  })
})

describe('formatElapsed', () => {
  it('writes minutes and seconds, and hours once there are any', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(61_900)).toBe('1:01')
    expect(formatElapsed((3600 + 5 * 60 + 7) * 1000)).toBe('1:05:07')
    expect(formatElapsed(-5)).toBe('0:00')
  })
})
