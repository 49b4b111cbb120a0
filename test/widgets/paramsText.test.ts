import { describe, expect, it } from 'vitest'
import { paramsToQuery, queryToRaw, validateParams, type Schema } from '../../src/widgets/params.ts'

const schema: Schema = [
  {
    name: 'layers',
    type: 'text',
    label: 'Layers',
    default: 'k3',
    maxLength: 8,
    pattern: /^k\d(?:,k\d)*$/,
    format: 'layers like k3,k5',
  },
]

describe('text parameters', () => {
  it('accept a string in the syntax and round-trip through a link', () => {
    const { params, issues } = validateParams(schema, { layers: 'k3,k5' }, 'lesson')
    expect(issues).toEqual([])
    expect(validateParams(schema, queryToRaw(paramsToQuery(schema, params)), 'url').params).toEqual(
      params,
    )
  })

  it('fall back to the default, saying why, for the wrong syntax, a long string or a non-string', () => {
    const bad = (value: unknown) => validateParams(schema, { layers: value }, 'url')
    expect(bad('k3;k5').issues[0].message).toBe(
      'Layers: "k3;k5" is not layers like k3,k5; using "k3" instead.',
    )
    expect(bad('k1,k2,k3,k4').issues[0].message).toContain('is longer than 8 characters')
    expect(bad(3).issues[0].message).toContain('is not text')
    expect(bad('k3;k5').params.layers).toBe('k3')
  })
})
