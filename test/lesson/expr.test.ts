// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { compile, evaluate, ExpressionError } from '../../src/lesson/expr.ts'

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

describe('evaluate: arithmetic', () => {
  it('gives * and / precedence over + and -', () => {
    expect(evaluate('1 + 2 * 3')).toBe(7)
    expect(evaluate('10 - 6 / 3')).toBe(8)
    expect(evaluate('(1 + 2) * 3')).toBe(9)
  })

  it('evaluates + and - left to right', () => {
    expect(evaluate('10 - 3 - 2')).toBe(5)
    expect(evaluate('8 / 4 / 2')).toBe(1)
  })

  it('makes ^ right-associative and tighter than unary minus', () => {
    expect(evaluate('2^3^2')).toBe(512)
    expect(evaluate('-2^2')).toBe(-4)
    expect(evaluate('(-2)^2')).toBe(4)
    expect(evaluate('2^-1')).toBe(0.5)
    expect(evaluate('2**3')).toBe(8)
  })

  it('reads unary minus and plus, repeated', () => {
    expect(evaluate('-3 + 5')).toBe(2)
    expect(evaluate('--3')).toBe(3)
    expect(evaluate('+4')).toBe(4)
    expect(evaluate('2 * -3')).toBe(-6)
  })

  it('multiplies juxtaposed factors', () => {
    expect(evaluate('2(3 + 1)')).toBe(8)
    expect(evaluate('(1 + 1)(2 + 1)')).toBe(6)
    expect(evaluate('2pi')).toBe(2 * Math.PI)
    expect(compile('3x^2')({ x: 2 })).toBe(12)
    expect(compile('2x + 1')({ x: 5 })).toBe(11)
  })

  it('reads decimals, exponents and the typographic operators', () => {
    expect(evaluate('.5 + 2.')).toBe(2.5)
    expect(evaluate('1e-3 * 2E0'.replace('E', 'e'))).toBe(0.002)
    expect(evaluate('6 × 7')).toBe(42)
    expect(evaluate('6 · 7')).toBe(42)
    expect(evaluate('5 − 7')).toBe(-2)
  })
})

describe('evaluate: functions and constants', () => {
  it('computes the activations from their definitions', () => {
    expect(evaluate('sigmoid(2)')).toBeCloseTo(sigmoid(2), 15)
    expect(evaluate('σ(2)')).toBeCloseTo(sigmoid(2), 15)
    expect(evaluate('sigma(-1)')).toBeCloseTo(sigmoid(-1), 15)
    expect(evaluate('sigmoidGrad(0)')).toBe(0.25)
    expect(evaluate('tanh(1)')).toBeCloseTo(Math.tanh(1), 15)
    expect(evaluate('tanhGrad(3)')).toBeCloseTo(1 - Math.tanh(3) ** 2, 15)
    expect(evaluate('relu(-2) + relu(3)')).toBe(3)
    expect(evaluate('reluGrad(0)')).toBe(0)
  })

  it('uses a leaky slope of 0.01 unless one is given', () => {
    expect(evaluate('leakyRelu(-2)')).toBeCloseTo(-0.02, 15)
    expect(evaluate('leakyRelu(-2, 0.2)')).toBeCloseTo(-0.4, 15)
    expect(evaluate('leakyReluGrad(-1)')).toBe(0.01)
    expect(evaluate('leakyReluGrad(-1, 0.3)')).toBe(0.3)
  })

  it('knows the usual maths functions with several arguments', () => {
    expect(evaluate('exp(1)')).toBe(Math.E)
    expect(evaluate('ln(e)')).toBe(1)
    expect(evaluate('log(1)')).toBe(0)
    expect(evaluate('sqrt(16) + abs(-2)')).toBe(6)
    expect(evaluate('min(3, 1, 2) + max(3, 1, 2)')).toBe(4)
    expect(evaluate('floor(2.7) + ceil(2.1)')).toBe(5)
  })

  it('knows pi and e', () => {
    expect(evaluate('pi')).toBe(Math.PI)
    expect(evaluate('π')).toBe(Math.PI)
    expect(evaluate('e')).toBe(Math.E)
  })
})

describe('compile: variables', () => {
  it('reads the variables it was given', () => {
    const f = compile('1 - tanh(x)^2', ['x'])
    expect(f({ x: 0.5 })).toBeCloseTo(1 - Math.tanh(0.5) ** 2, 15)
    expect(compile('a * b', ['a', 'b'])({ a: 3, b: 4 })).toBe(12)
  })

  it('gives NaN for a variable left without a value', () => {
    expect(compile('x + 1')()).toBeNaN()
  })

  it('refuses a variable in a constant expression', () => {
    expect(() => evaluate('x + 1')).toThrow('I do not know "x" (position 1).')
  })
})

describe('errors', () => {
  const message = (src: string) => {
    try {
      compile(src)
    } catch (e) {
      expect(e).toBeInstanceOf(ExpressionError)
      return (e as Error).message
    }
    throw new Error(`expected "${src}" to fail`)
  }

  it('points at a character it cannot read, counting from 1', () => {
    expect(message('2 $ 3')).toBe('I could not read "$" at position 3.')
    expect(message('1 + 2 ;')).toBe('I could not read ";" at position 7.')
  })

  it('points at an operator in the wrong place', () => {
    expect(message('1 + * 2')).toBe('Unexpected "*" at position 5.')
    expect(message('1 + 2)')).toBe('Unexpected ")" at position 6.')
    expect(message('1 2 ,')).toBe('Unexpected "2" at position 3.')
  })

  it('says what is missing', () => {
    expect(message('(1 + 2')).toBe('Expected ")" at the end.')
    expect(message('sigmoid 2')).toBe('Expected "(" at position 9.')
    expect(message('2 ^')).toBe('The expression ends too early.')
    expect(message('   ')).toBe('The expression is empty.')
  })

  it('refuses very long input', () => {
    expect(message('1+'.repeat(150) + '1')).toBe('That expression is too long.')
  })

  it('gives no access to globals or object internals', () => {
    for (const src of [
      'constructor',
      '__proto__',
      'alert(1)',
      'toString(1)',
      'hasOwnProperty(1)',
      'Math',
      'window',
      'globalThis',
      'x.constructor',
      'valueOf()',
    ]) {
      expect(() => compile(src)).toThrow(ExpressionError)
    }
    expect(message('alert(1)')).toBe('I do not know "alert" (position 1).')
    expect(message('1 + __proto__')).toBe('I do not know "__proto__" (position 5).')
  })
})

describe('numbers side by side', () => {
  it('are a typo, not an implicit product', () => {
    expect(() => compile('1 000', [])).toThrow(ExpressionError)
  })
})
