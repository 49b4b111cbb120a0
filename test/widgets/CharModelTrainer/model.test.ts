import { describe, expect, it } from 'vitest'
import { CUSTOM_LIMITS } from '../../../src/train/tasks/char-model/meta.ts'
import { defaults, validateParams } from '../../../src/widgets/params.ts'
import {
  checkDraft,
  describeSkipped,
  fileSizeProblem,
  MAX_FILE_BYTES,
  nextQuery,
  sampleQuery,
  temperatureLabel,
  uniformLoss,
  visibleChar,
  vocabFacts,
} from '../../../src/widgets/CharModelTrainer/model.ts'
import { charModelTrainerSchema } from '../../../src/widgets/CharModelTrainer/schema.ts'

describe('CharModelTrainer model', () => {
  it('builds the queries it watches', () => {
    expect(sampleQuery('Shall', 0.5, 100)).toEqual({
      kind: 'sample',
      prime: 'Shall',
      temperature: 0.5,
      length: 100,
    })
    expect(nextQuery('he')).toEqual({ kind: 'next', prime: 'he', top: 5 })
  })

  it('gives the uniform guess loss as -ln(1/V)', () => {
    for (const V of [2, 4, 61]) expect(uniformLoss(V)).toBeCloseTo(-Math.log(1 / V), 14)
    expect(vocabFacts('ehlo')).toEqual({ size: 4, uniform: Math.log(4) })
    // Characters outside the basic plane count once.
    expect(vocabFacts('a😀').size).toBe(2)
  })

  it('draws invisible characters as symbols', () => {
    expect(visibleChar('\n')).toBe('↵')
    expect(visibleChar(' ')).toBe('␣')
    expect(visibleChar('q')).toBe('q')
    expect(describeSkipped(['x', '\n'])).toBe('"x", "↵"')
  })

  it('labels temperature 0 as greedy', () => {
    expect(temperatureLabel(0)).toMatch(/greedy/)
    expect(temperatureLabel(0.8)).toBe('0.80')
  })

  it('refuses empty and oversized files by size alone', () => {
    expect(fileSizeProblem(0)).toMatch(/empty/)
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull()
    expect(fileSizeProblem(MAX_FILE_BYTES + 1)).toMatch(/MB.*shorter excerpt/)
  })

  it('checks a draft with the task’s own rules and reports its size', () => {
    expect(checkDraft('to be\r\nor not')).toEqual({
      text: 'to be\nor not',
      chars: 12,
      distinct: 8,
      problem: null,
    })
    expect(checkDraft('').problem).toMatch(/empty/)
    expect(checkDraft('zzzz').problem).toMatch(/two different/)
    expect(checkDraft('ab'.repeat(CUSTOM_LIMITS.maxChars)).problem).toMatch(/limit/)
  })

  it('keeps the learner’s text out of the params: no parameter can hold it', () => {
    const names = charModelTrainerSchema.map((s) => s.name)
    expect(names).not.toContain('text')
    const { params, issues } = validateParams(
      charModelTrainerSchema,
      { text: 'secret', corpus: 'custom' },
      'url',
    )
    expect(params).toEqual({ ...defaults(charModelTrainerSchema), corpus: 'custom' })
    expect(issues.map((i) => i.name)).toEqual(['text'])
  })

  it('refuses a priming text with control characters', () => {
    const { params, issues } = validateParams(charModelTrainerSchema, { prime: 'a\nb' }, 'url')
    expect(params.prime).toBe('')
    expect(issues).toHaveLength(1)
  })
})
