// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  defaults,
  describeValue,
  paramsToQuery,
  queryToRaw,
  validateParams,
  type Params,
  type Schema,
} from '../../src/widgets/params.ts'

const schema: Schema = [
  { name: 'x', type: 'number', label: 'Input x', default: 1, min: -6, max: 6, step: 0.1 },
  { name: 'depth', type: 'integer', label: 'Layers', default: 5, min: 1, max: 30 },
  { name: 'derivative', type: 'boolean', label: 'Show slope', default: true },
  {
    name: 'fn',
    type: 'choice',
    label: 'Function',
    default: 'sigmoid',
    choices: ['sigmoid', 'tanh', 'relu'],
  },
]

const DEFAULTS = { x: 1, depth: 5, derivative: true, fn: 'sigmoid' }

describe('validateParams from lesson props', () => {
  it('accepts typed values of every kind', () => {
    const { params, issues } = validateParams(
      schema,
      { x: -2.5, depth: 12, derivative: false, fn: 'tanh' },
      'lesson',
    )
    expect(params).toEqual({ x: -2.5, depth: 12, derivative: false, fn: 'tanh' })
    expect(issues).toEqual([])
  })

  it('fills in the defaults for parameters not given', () => {
    expect(validateParams(schema, {}, 'lesson')).toEqual({ params: DEFAULTS, issues: [] })
  })

  it('accepts the range ends themselves', () => {
    const { params, issues } = validateParams(schema, { x: 6, depth: 1 }, 'lesson')
    expect(params).toMatchObject({ x: 6, depth: 1 })
    expect(issues).toEqual([])
  })

  it('falls back to the default and says why when x is out of range', () => {
    const { params, issues } = validateParams(schema, { x: 7 }, 'lesson')
    expect(params.x).toBe(1)
    expect(issues).toEqual([
      { name: 'x', message: 'Input x: "7" is outside -6 to 6; using "1" instead.' },
    ])
  })

  it('falls back when a number is NaN, infinite or not a number at all', () => {
    for (const bad of [NaN, Infinity, -Infinity, 'abc', '', '1,5', '0x10', true, null, [1], {}]) {
      const { params, issues } = validateParams(schema, { x: bad }, 'lesson')
      expect(params.x).toBe(1)
      expect(issues).toHaveLength(1)
      expect(issues[0].message).toMatch(
        /^Input x: .* (is not a number|is outside -6 to 6); using "1" instead\.$/,
      )
    }
  })

  it('falls back when an integer parameter gets a fraction', () => {
    const { params, issues } = validateParams(schema, { depth: 2.5 }, 'lesson')
    expect(params.depth).toBe(5)
    expect(issues[0].message).toBe('Layers: "2.5" is not a whole number; using "5" instead.')
  })

  it('falls back when a boolean is something else', () => {
    for (const bad of ['yes', 2, 'TRUE', null]) {
      const { params, issues } = validateParams(schema, { derivative: bad }, 'lesson')
      expect(params.derivative).toBe(true)
      expect(issues[0].message).toContain('is not true or false')
    }
  })

  it('falls back when a choice is not one of the options, naming the options', () => {
    for (const bad of ['Sigmoid', 'softmax', 3, '']) {
      const { params, issues } = validateParams(schema, { fn: bad }, 'lesson')
      expect(params.fn).toBe('sigmoid')
      expect(issues[0].message).toContain('is not one of sigmoid, tanh, relu')
    }
  })

  it('reports unknown names and keeps going', () => {
    const { params, issues } = validateParams(schema, { speed: 3, x: 2 }, 'lesson')
    expect(params.x).toBe(2)
    expect(issues).toEqual([
      { name: 'speed', message: 'Ignored unknown lesson parameter "speed".' },
    ])
  })
})

describe('validateParams from URL strings', () => {
  it('reads numbers, integers, booleans and choices from text', () => {
    const raw = { x: ' -0.5 ', depth: '7', derivative: 'false', fn: 'relu' }
    expect(validateParams(schema, raw, 'url')).toEqual({
      params: { x: -0.5, depth: 7, derivative: false, fn: 'relu' },
      issues: [],
    })
    expect(validateParams(schema, { x: '1e-3' }, 'url').params.x).toBe(0.001)
    expect(validateParams(schema, { x: '.5' }, 'url').params.x).toBe(0.5)
  })

  it('reads a bare flag, 1 and 0 as booleans', () => {
    expect(validateParams(schema, { derivative: '' }, 'url').params.derivative).toBe(true)
    expect(validateParams(schema, { derivative: '1' }, 'url').params.derivative).toBe(true)
    expect(validateParams(schema, { derivative: '0' }, 'url').params.derivative).toBe(false)
  })

  it('rejects number words JavaScript would accept', () => {
    for (const bad of ['Infinity', 'NaN', '1e999', '0b1', '  ', '1 2']) {
      const { params, issues } = validateParams(schema, { x: bad }, 'url')
      expect(params.x).toBe(1)
      expect(issues).toHaveLength(1)
    }
  })

  it('words unknown names as link parameters', () => {
    expect(validateParams(schema, { zoom: '2' }, 'url').issues[0].message).toBe(
      'Ignored unknown link parameter "zoom".',
    )
  })
})

describe('validateParams for edits', () => {
  const current: Params = { x: 3, depth: 9, derivative: false, fn: 'tanh' }

  it('applies a valid edit on top of the current values', () => {
    expect(validateParams(schema, { x: -1 }, 'edit', current)).toEqual({
      params: { ...current, x: -1 },
      issues: [],
    })
  })

  it('keeps the current value, not the default, when an edit is unusable', () => {
    const { params, issues } = validateParams(schema, { x: 'abc', fn: 'nope' }, 'edit', current)
    expect(params).toEqual(current)
    expect(issues.map((i) => i.message)).toEqual([
      'Input x: "abc" is not a number; using "3" instead.',
      'Function: "nope" is not one of sigmoid, tanh, relu; using "tanh" instead.',
    ])
  })
})

describe('hostile names and values', () => {
  const hostile = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']

  it('never pollutes a prototype, whatever the names', () => {
    const raw = JSON.parse(
      '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}',
    )
    const { params, issues } = validateParams(schema, raw, 'url')
    expect(params).toEqual(DEFAULTS)
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(issues.map((i) => i.name)).toEqual(['__proto__', 'constructor'])
  })

  it('treats inherited names as unknown parameters', () => {
    for (const name of hostile) {
      const raw = queryToRaw(`${name}=1`)
      const { params, issues } = validateParams(schema, raw, 'url')
      expect(params).toEqual(DEFAULTS)
      expect(issues).toHaveLength(1)
      expect(issues[0].message).toContain('Ignored unknown link parameter')
    }
  })

  it('keeps messages short and free of control characters', () => {
    const values = [
      '<script>alert(1)</script>',
      'x'.repeat(10_000),
      'a\u0000b\u001b[31mc\u007f\n\r\t',
      '<img src=x onerror=alert(1)>',
    ]
    for (const v of values) {
      for (const { message } of [
        ...validateParams(schema, { x: v }, 'url').issues,
        ...validateParams(schema, { [v]: '1' }, 'url').issues,
      ]) {
        expect(message.length).toBeLessThan(120)
        const control = [...message].filter(
          (c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f,
        )
        expect(control).toEqual([])
      }
    }
  })

  it('reports values that cannot be written as JSON instead of throwing', () => {
    const circular: Record<string, unknown> = {}
    circular.self = circular
    for (const bad of [circular, 10n, Symbol('s'), () => 1, undefined]) {
      const { params, issues } = validateParams(schema, { x: bad }, 'lesson')
      expect(params.x).toBe(1)
      expect(issues).toHaveLength(1)
      expect(issues[0].message.startsWith('Input x: "')).toBe(true)
    }
  })

  it('describes a value in at most 24 characters between quotes', () => {
    expect(describeValue('short')).toBe('"short"')
    expect(describeValue('y'.repeat(100))).toBe(`"${'y'.repeat(24)}…"`)
    expect(describeValue('a\nb')).toBe('"a?b"')
    expect(describeValue(2)).toBe('"2"')
  })
})

describe('paramsToQuery', () => {
  it('writes only the parameters that differ from the defaults, in schema order', () => {
    expect(paramsToQuery(schema, DEFAULTS)).toBe('')
    expect(paramsToQuery(schema, { ...DEFAULTS, fn: 'relu', x: -2 })).toBe('x=-2&fn=relu')
    expect(paramsToQuery(schema, { ...DEFAULTS, derivative: false })).toBe('derivative=false')
  })

  it('ignores names that are not in the schema', () => {
    expect(paramsToQuery(schema, { ...DEFAULTS, extra: 3 })).toBe('')
  })
})

describe('queryToRaw', () => {
  it('takes the first occurrence of a repeated name', () => {
    expect({ ...queryToRaw('x=1&x=2&fn=tanh') }).toEqual({ x: '1', fn: 'tanh' })
  })

  it('decodes percent-escapes and plus signs', () => {
    expect({ ...queryToRaw('fn=leaky%20relu&x=%2D1&y=a+b') }).toEqual({
      fn: 'leaky relu',
      x: '-1',
      y: 'a b',
    })
  })

  it('reads at most 50 pairs', () => {
    const query = Array.from({ length: 200 }, (_, i) => `p${i}=${i}`).join('&')
    expect(Object.keys(queryToRaw(query))).toHaveLength(50)
  })

  it('reads only the first 4000 characters', () => {
    const raw = queryToRaw(`a=${'z'.repeat(10_000)}&b=1`)
    expect(raw.a).toHaveLength(3998)
    expect('b' in raw).toBe(false)
  })

  it('keeps a __proto__ key as an ordinary entry', () => {
    const raw = queryToRaw('__proto__=1&constructor=2')
    expect(Object.keys(raw)).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>)['1']).toBeUndefined()
  })
})

describe('round trip through a link', () => {
  const arbitraryParams: fc.Arbitrary<Params> = fc.record({
    x: fc.double({ min: -6, max: 6, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
    depth: fc.integer({ min: 1, max: 30 }),
    derivative: fc.boolean(),
    fn: fc.constantFrom('sigmoid', 'tanh', 'relu'),
  })

  it('gives back any valid params with no issues', () => {
    fc.assert(
      fc.property(arbitraryParams, (p) => {
        const { params, issues } = validateParams(
          schema,
          queryToRaw(paramsToQuery(schema, p)),
          'url',
        )
        expect(issues).toEqual([])
        expect(params).toEqual(p)
      }),
      { numRuns: 300 },
    )
  })

  it('gives back the defaults from an empty query', () => {
    expect(validateParams(schema, queryToRaw(''), 'url').params).toEqual(defaults(schema))
  })
})
