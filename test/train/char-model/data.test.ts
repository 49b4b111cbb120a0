import { describe, expect, it } from 'vitest'
import { Random } from '../../../src/engine/index.ts'
import {
  cutWindows,
  encode,
  HELD_OUT,
  helloText,
  MAX_VALIDATION_WINDOWS,
  MIN_SPLIT_LENGTH,
  prepareText,
  randomWindows,
  validationWindows,
  vocabulary,
} from '../../../src/train/tasks/char-model/data.ts'

describe('char-model data', () => {
  it('builds "hello" over the vocabulary e, h, l, o', () => {
    const text = helloText(3)
    expect(text).toBe('hellohellohello')
    expect(vocabulary(helloText())).toEqual(['e', 'h', 'l', 'o'])
  })

  it('encodes each character as its index in the sorted vocabulary', () => {
    const vocab = vocabulary('banana')
    expect(vocab).toEqual(['a', 'b', 'n'])
    expect(Array.from(encode('banana', vocab))).toEqual([1, 0, 2, 0, 2, 0])
    expect(() => encode('bandana', vocab)).toThrow(/"d"/)
  })

  it('keeps characters outside the basic plane whole', () => {
    expect(vocabulary('a😀a')).toEqual(['a', '😀'])
  })

  it('holds out the last tenth of a long text and reuses a short one', () => {
    const long = 'abcdefghij'.repeat(50)
    const data = prepareText(long)
    expect(data.heldOut).toBe(true)
    expect(data.validation.length).toBe(Math.round(long.length * HELD_OUT))
    expect(data.train.length + data.validation.length).toBe(long.length)
    const decoded = Array.from(data.validation, (t) => data.vocab[t]).join('')
    expect(long.endsWith(decoded)).toBe(true)

    const short = prepareText('ab'.repeat(MIN_SPLIT_LENGTH / 2 - 1))
    expect(short.heldOut).toBe(false)
    expect(short.validation).toEqual(short.train)
  })

  it('pairs every input with the character after it, time-major', () => {
    const text = 'the quick brown fox'
    const vocab = vocabulary(text)
    const tokens = encode(text, vocab)
    const starts = [0, 4, 10]
    const w = cutWindows(tokens, starts, 5)
    starts.forEach((start, n) => {
      for (let t = 0; t < 5; t++) {
        expect(vocab[w.inputs[t * 3 + n]]).toBe(text[start + t])
        expect(vocab[w.targets[t * 3 + n]]).toBe(text[start + t + 1])
      }
    })
  })

  it('wraps around a text shorter than a window', () => {
    const tokens = Int32Array.from([0, 1])
    const w = cutWindows(tokens, [0], 4)
    expect(Array.from(w.inputs)).toEqual([0, 1, 0, 1])
    expect(Array.from(w.targets)).toEqual([1, 0, 1, 0])
  })

  it('draws random windows that stay inside the text and repeat for the same stream', () => {
    const tokens = encode(helloText(), vocabulary(helloText()))
    const a = randomWindows(tokens, 8, 16, new Random(5))
    const b = randomWindows(tokens, 8, 16, new Random(5))
    const c = randomWindows(tokens, 8, 16, new Random(6))
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
    expect(a.inputs.length).toBe(8 * 16)
    // Each window's inputs then its last target are one stretch of "hello" repeated.
    for (let n = 0; n < 16; n++) {
      for (let t = 0; t + 1 < 8; t++) expect(a.targets[t * 16 + n]).toBe(a.inputs[(t + 1) * 16 + n])
    }
  })

  it('spreads at most MAX_VALIDATION_WINDOWS back-to-back windows over the held-out text', () => {
    const tokens = Int32Array.from({ length: 10_000 }, (_, i) => i % 7)
    const w = validationWindows(tokens, 32)
    expect(w.batch).toBe(MAX_VALIDATION_WINDOWS)
    const few = validationWindows(tokens.slice(0, 100), 32)
    expect(few.batch).toBe(Math.floor(99 / 32))
  })
})
