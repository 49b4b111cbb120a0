import { describe, expect, it } from 'vitest'
import { hiddenParamsCss, parseHidden } from '../../../src/widgets/host/hiddenParams.ts'
import type { Schema } from '../../../src/widgets/params.ts'

const schema: Schema = [
  { name: 'lr', type: 'number', label: 'Learning rate', default: 0.1, min: 0, max: 1, step: 0.1 },
  { name: 'seed', type: 'integer', label: 'Seed', default: 1, min: 0, max: 9 },
]

describe('hidden params', () => {
  it('keeps only schema names, in schema order', () => {
    expect(parseHidden('seed, lr,nope', schema)).toEqual(['lr', 'seed'])
    expect(parseHidden(undefined, schema)).toEqual([])
  })

  it('never lets a hostile value into the style sheet', () => {
    const names = parseHidden('"]{}</style><img src=x onerror=alert(1)>,lr', schema)
    expect(names).toEqual(['lr'])
    expect(hiddenParamsCss('w1', names)).toBe('#w1 [data-param="lr"] { display: none !important; }')
    expect(hiddenParamsCss('w1', [])).toBe('')
  })
})
