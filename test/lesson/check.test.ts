// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  checkChoice,
  checkExpression,
  checkNumeric,
  defaultTolerance,
} from '../../src/lesson/check.ts'

const sigmoidGrad = (z: number) => {
  const s = 1 / (1 + Math.exp(-z))
  return s * (1 - s)
}

describe('checkNumeric', () => {
  it('allows one percent of the answer by default', () => {
    const expected = sigmoidGrad(1) // 0.19661...
    expect(defaultTolerance(expected)).toBeCloseTo(0.01 * expected, 15)
    expect(checkNumeric('0.197', expected)).toEqual({ status: 'correct' })
    expect(checkNumeric('0.1966', expected)).toEqual({ status: 'correct' })
    expect(checkNumeric(String(expected * 1.009), expected)).toEqual({ status: 'correct' })
    expect(checkNumeric(String(expected * 1.011), expected).status).toBe('wrong')
    expect(checkNumeric('0.2', expected).status).toBe('wrong')
  })

  it('never allows less than 1e-6, so an answer of zero can be matched', () => {
    expect(defaultTolerance(0)).toBe(1e-6)
    expect(checkNumeric('0', 0)).toEqual({ status: 'correct' })
    expect(checkNumeric('0.0000009', 0)).toEqual({ status: 'correct' })
    expect(checkNumeric('0.000002', 0).status).toBe('wrong')
  })

  it('uses an explicit tolerance when the exercise gives one', () => {
    expect(checkNumeric('0.3', 0.25, 0.1)).toEqual({ status: 'correct' })
    expect(checkNumeric('0.3', 0.25, 0.01).status).toBe('wrong')
  })

  it('accepts an answer typed as an expression', () => {
    expect(checkNumeric('1/4', sigmoidGrad(0))).toEqual({ status: 'correct' })
    expect(checkNumeric('0.25^10', sigmoidGrad(0) ** 10)).toEqual({ status: 'correct' })
    expect(checkNumeric('sigmoid(0)(1 - sigmoid(0))', 0.25)).toEqual({ status: 'correct' })
  })

  it('reads thousands separators in a plain number', () => {
    expect(checkNumeric('1,000', 1000)).toEqual({ status: 'correct' })
    expect(checkNumeric('-1,234,567', -1234567)).toEqual({ status: 'correct' })
  })

  it('keeps the commas between function arguments', () => {
    expect(checkNumeric('min(2,100)', 2)).toEqual({ status: 'correct' })
    expect(checkNumeric('max(1, 250)', 250)).toEqual({ status: 'correct' })
  })

  it('says whether a wrong answer is too high or too low', () => {
    expect(checkNumeric('0.5', 0.25)).toEqual({
      status: 'wrong',
      message: 'Not yet: 0.5 is too high.',
    })
    expect(checkNumeric('-1', 0.25)).toEqual({
      status: 'wrong',
      message: 'Not yet: −1 is too low.',
    })
  })

  it('says when a wrong answer is within ten tolerances', () => {
    expect(checkNumeric('0.26', 0.25)).toEqual({
      status: 'wrong',
      message: 'Not yet: 0.26 is too high. You are close: check your rounding.',
    })
  })

  it('explains what it could not read, with the position', () => {
    expect(checkNumeric('0.2 5 $', 0.25)).toEqual({
      status: 'unreadable',
      message: 'I could not read "$" at position 7.',
    })
    expect(checkNumeric('', 0.25)).toEqual({
      status: 'unreadable',
      message: 'The expression is empty.',
    })
  })

  it('refuses answers that are not finite', () => {
    for (const input of ['1/0', '1e999', 'log(0)', 'sqrt(-1)']) {
      expect(checkNumeric(input, 0.25)).toEqual({
        status: 'unreadable',
        message: 'That does not give a finite number.',
      })
    }
  })
})

describe('checkExpression', () => {
  it('accepts equivalent forms of the reference', () => {
    const reference = '1 - tanh(x)^2'
    for (const input of [
      '1-tanh(x)*tanh(x)',
      'tanhGrad(x)',
      '1 - tanh(x) tanh(x)',
      '(1 - tanh(x))(1 + tanh(x))',
      '4 sigmoid(2x)(1 - sigmoid(2x))',
    ]) {
      expect(checkExpression(input, reference)).toEqual({ status: 'correct' })
    }
  })

  it('rejects a wrong formula and names a sample point where it differs', () => {
    const verdict = checkExpression('1 - tanh(x)', '1 - tanh(x)^2')
    expect(verdict.status).toBe('wrong')
    if (verdict.status !== 'wrong') return
    const match = /^Not yet: at x = (\S+) yours gives (\S+), but it should be (\S+)\.$/.exec(
      verdict.message,
    )
    expect(match).not.toBeNull()
    const x = Number(match![1].replace('−', '-'))
    const close = (text: string, want: number) =>
      expect(Number(text.replace('−', '-'))).toBeCloseTo(want, 3)
    close(match![2], 1 - Math.tanh(x))
    close(match![3], 1 - Math.tanh(x) ** 2)
  })

  it('rejects a formula that is right at some points but not everywhere', () => {
    expect(checkExpression('relu(x)', 'x').status).toBe('wrong')
    expect(checkExpression('0.25', 'sigmoidGrad(x)').status).toBe('wrong')
  })

  it('uses the variable the exercise names', () => {
    expect(checkExpression('2z', 'z + z', 'z')).toEqual({ status: 'correct' })
    expect(checkExpression('2x', 'z + z', 'z')).toEqual({
      status: 'unreadable',
      message: 'I do not know "x" (position 2).',
    })
  })

  it('skips points where the reference is not finite', () => {
    expect(checkExpression('1/x', '1/x', 'x', [-1, 1])).toEqual({ status: 'correct' })
    expect(checkExpression('log(x)', 'ln(x)')).toEqual({ status: 'correct' })
  })

  it('marks an input that is undefined where the reference is not as wrong', () => {
    expect(checkExpression('sqrt(x)^2', 'x').status).toBe('wrong')
  })

  it('explains a formula it cannot read', () => {
    expect(checkExpression('1 - tanh(x', '1 - tanh(x)^2')).toEqual({
      status: 'unreadable',
      message: 'Expected ")" at the end.',
    })
  })
})

describe('checkChoice', () => {
  it('accepts the correct option only', () => {
    expect(checkChoice('Leaky ReLU', 'Leaky ReLU')).toEqual({ status: 'correct' })
    expect(checkChoice('ReLU', 'Leaky ReLU')).toEqual({
      status: 'wrong',
      message: 'Not this one. Try again, or ask for a hint.',
    })
  })

  it('asks for a pick when nothing is chosen', () => {
    expect(checkChoice(null, 'ReLU')).toEqual({
      status: 'unreadable',
      message: 'Pick one of the options first.',
    })
  })
})
