import { describe, expect, it } from 'vitest'
import {
  bagOfWords,
  charEncoding,
  checkSentence,
  countVector,
  sameVectorPairs,
  tokenize,
  vocabulary,
} from '../../../src/widgets/TextVectorizer/model.ts'
import { MAX_CHARS, PRESETS } from '../../../src/widgets/TextVectorizer/presets.ts'
import { textVectorizerSchema } from '../../../src/widgets/TextVectorizer/schema.ts'
import { validateParams } from '../../../src/widgets/params.ts'

describe('tokenize', () => {
  it('lower-cases, then keeps runs of letters, digits and apostrophes', () => {
    expect(tokenize("The dog's 2 bones, the DOG!", true)).toEqual([
      'the',
      "dog's",
      '2',
      'bones',
      'the',
      'dog',
    ])
  })
  it('keeps case when asked, and finds no words in punctuation alone', () => {
    expect(tokenize('Dog bites dog', false)).toEqual(['Dog', 'bites', 'dog'])
    expect(tokenize(' ?!, ', true)).toEqual([])
  })
  it('treats letters beyond ASCII as letters', () => {
    expect(tokenize('Grüße aus Zürich', true)).toEqual(['grüße', 'aus', 'zürich'])
  })
})

describe('vocabulary and counts', () => {
  it('lists words in order of first appearance across sentences', () => {
    expect(
      vocabulary([
        ['b', 'a', 'b'],
        ['c', 'a'],
      ]),
    ).toEqual(['b', 'a', 'c'])
  })
  it("reproduces the lecture's count-vector table for the cat and the hat", () => {
    const bag = bagOfWords(PRESETS.deck, true)
    expect(bag.vocab).toEqual(['the', 'cat', 'sat', 'on', 'hat', 'dog', 'ate', 'and'])
    // Counted here by filtering: how often each vocabulary word occurs in each sentence.
    const byHand = bag.tokens.map((t) => bag.vocab.map((w) => t.filter((x) => x === w).length))
    expect(bag.counts).toEqual(byHand)
    expect(bag.counts[0]).toEqual([2, 1, 1, 1, 1, 0, 0, 0])
    expect(bag.counts[1]).toEqual([3, 1, 0, 0, 1, 1, 1, 1])
  })
  it('counts an empty sentence as all zeros, and an empty vocabulary as no columns', () => {
    expect(countVector([], ['a', 'b'])).toEqual([0, 0])
    expect(countVector([], [])).toEqual([])
  })
  it('each count row sums to the sentence length', () => {
    const bag = bagOfWords(PRESETS.spam, true)
    bag.counts.forEach((row, i) =>
      expect(row.reduce((s, c) => s + c, 0)).toBe(bag.tokens[i].length),
    )
  })
})

describe('sameVectorPairs', () => {
  it('finds reordered sentences, not identical or different ones', () => {
    const bag = bagOfWords(['dog bites man', 'Man bites dog', 'dog bites man', 'the dog'], true)
    expect(sameVectorPairs(bag)).toEqual([
      { a: 0, b: 1 },
      { a: 1, b: 2 },
    ])
  })
  it('keeps "Dog" and "dog" apart when case is kept', () => {
    expect(sameVectorPairs(bagOfWords(PRESETS['dog-bites-man'], false))).toEqual([])
  })
  it('ignores sentences without words', () => {
    expect(sameVectorPairs(bagOfWords(['!', '?'], true))).toEqual([])
  })
})

describe('charEncoding', () => {
  it('gives "hello" the vocabulary h, e, l, o and one 1 per step', () => {
    const { chars, vocab, rows } = charEncoding('Hello', true)
    expect(chars).toEqual(['h', 'e', 'l', 'l', 'o'])
    expect(vocab).toEqual(['h', 'e', 'l', 'o'])
    expect(rows).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ])
  })
  it('keeps the space as a character', () => {
    expect(charEncoding('a b', true).vocab).toEqual(['a', ' ', 'b'])
  })
})

describe('checkSentence and the schema', () => {
  it(`accepts ${MAX_CHARS} characters and refuses one more, saying so`, () => {
    expect(checkSentence('x'.repeat(MAX_CHARS), 0)).toEqual({ ok: true })
    const refused = checkSentence('x'.repeat(MAX_CHARS + 1), 1)
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.message).toContain(`Sentence 2 has ${MAX_CHARS + 1}`)
  })
  it('every preset fits the limit', () => {
    for (const set of Object.values(PRESETS))
      for (const [i, s] of set.entries()) expect(checkSentence(s, i).ok).toBe(true)
  })
  it('falls back to defaults for garbage params', () => {
    const garbage = { example: '<img src=x>', view: 'NaN', lowercase: '' }
    const { params, issues } = validateParams(textVectorizerSchema, garbage, 'url')
    expect(params).toEqual({ example: 'deck', view: 'words', lowercase: true })
    expect(issues).toHaveLength(2)
  })
})
