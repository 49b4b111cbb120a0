/**
 * A small, safe expression language for exercises and live numbers in prose: numbers, x, + - * / ^,
 * parentheses, implicit multiplication ("2x", "3(x+1)") and the engine's activation functions.
 * Parsed by recursive descent into a closure; no eval, no access to anything but the table below.
 */
import * as act from '../engine/activations.ts'

/** A compiled expression: evaluate it with variable values. */
export type Compiled = (vars?: Record<string, number>) => number

/** A parse error with the position it refers to, for the learner. */
export class ExpressionError extends Error {}

const FUNCTIONS: Record<string, (...a: number[]) => number> = {
  sigmoid: act.sigmoid,
  sigma: act.sigmoid,
  σ: act.sigmoid,
  tanh: act.tanh,
  relu: act.relu,
  leakyRelu: (x, s = 0.01) => act.leakyRelu(x, s),
  sigmoidGrad: act.sigmoidGrad,
  tanhGrad: act.tanhGrad,
  reluGrad: act.reluGrad,
  leakyReluGrad: (x, s = 0.01) => act.leakyReluGrad(x, s),
  exp: Math.exp,
  log: Math.log,
  ln: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  min: Math.min,
  max: Math.max,
  floor: Math.floor,
  ceil: Math.ceil,
}

const CONSTANTS: Record<string, number> = { pi: Math.PI, π: Math.PI, e: Math.E }

type Token =
  { kind: 'num'; value: number; pos: number } | { kind: 'id' | 'op'; text: string; pos: number }

function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  const re =
    /\s*(?:(\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)|([A-Za-zσπ_][A-Za-z0-9_]*)|(\*\*|[-+*/^(),·×−]))/gy
  let m: RegExpExecArray | null
  let pos = 0
  while (pos < src.length) {
    re.lastIndex = pos
    m = re.exec(src)
    if (!m) {
      if (/^\s*$/.test(src.slice(pos))) break
      const at = pos + (src.slice(pos).length - src.slice(pos).trimStart().length)
      throw new ExpressionError(`I could not read "${src[at]}" at position ${at + 1}.`)
    }
    const at = re.lastIndex - m[0].trimStart().length
    if (m[1] !== undefined) tokens.push({ kind: 'num', value: Number(m[1]), pos: at })
    else if (m[2] !== undefined) tokens.push({ kind: 'id', text: m[2], pos: at })
    else {
      const op = { '**': '^', '·': '*', '×': '*', '−': '-' }[m[3]] ?? m[3]
      tokens.push({ kind: 'op', text: op, pos: at })
    }
    pos = re.lastIndex
  }
  return tokens
}

/** Compiles an expression over the given variable names; throws ExpressionError with a reason. */
export function compile(src: string, variables: readonly string[] = ['x']): Compiled {
  if (src.length > 200) throw new ExpressionError('That expression is too long.')
  const tokens = tokenize(src)
  let i = 0
  const peek = () => tokens[i]
  const isOp = (t: Token | undefined, text: string) => t?.kind === 'op' && t.text === text
  const expect = (text: string) => {
    if (!isOp(peek(), text)) {
      const t = peek()
      throw new ExpressionError(
        t ? `Expected "${text}" at position ${t.pos + 1}.` : `Expected "${text}" at the end.`,
      )
    }
    i++
  }
  type Node = Compiled

  const sum = (): Node => {
    let left = product()
    while (isOp(peek(), '+') || isOp(peek(), '-')) {
      const op = (tokens[i++] as { text: string }).text
      const l = left
      const r = product()
      left = op === '+' ? (v) => l(v) + r(v) : (v) => l(v) - r(v)
    }
    return left
  }
  // Implicit multiplication ("2x", "3(x+1)", "x sigmoid(x)") needs a name or a bracket next:
  // two numbers side by side ("1 000") are a typo, not a product.
  const startsFactor = (t: Token | undefined) =>
    t !== undefined && (t.kind === 'id' || (t.kind === 'op' && t.text === '('))
  const product = (): Node => {
    let left = unary()
    for (;;) {
      if (isOp(peek(), '*') || isOp(peek(), '/')) {
        const op = (tokens[i++] as { text: string }).text
        const l = left
        const r = unary()
        left = op === '*' ? (v) => l(v) * r(v) : (v) => l(v) / r(v)
      } else if (startsFactor(peek())) {
        const l = left
        const r = power() // implicit multiplication binds like *
        left = (v) => l(v) * r(v)
      } else return left
    }
  }
  const unary = (): Node => {
    if (isOp(peek(), '-')) {
      i++
      const inner = unary()
      return (v) => -inner(v)
    }
    if (isOp(peek(), '+')) {
      i++
      return unary()
    }
    return power()
  }
  const power = (): Node => {
    const base = atom()
    if (isOp(peek(), '^')) {
      i++
      const exponent = unary() // right-associative: 2^3^2 = 2^9, and 2^-1 works
      return (v) => Math.pow(base(v), exponent(v))
    }
    return base
  }
  const atom = (): Node => {
    const t = peek()
    if (!t) throw new ExpressionError('The expression ends too early.')
    i++
    if (t.kind === 'num') return () => t.value
    if (t.kind === 'op') {
      if (t.text !== '(')
        throw new ExpressionError(`Unexpected "${t.text}" at position ${t.pos + 1}.`)
      const inner = sum()
      expect(')')
      return inner
    }
    if (Object.hasOwn(FUNCTIONS, t.text)) {
      const fn = FUNCTIONS[t.text]
      expect('(')
      const args: Node[] = [sum()]
      while (isOp(peek(), ',')) {
        i++
        args.push(sum())
      }
      expect(')')
      return (v) => fn(...args.map((a) => a(v)))
    }
    if (variables.includes(t.text)) return (v) => v?.[t.text] ?? NaN
    if (Object.hasOwn(CONSTANTS, t.text)) return () => CONSTANTS[t.text]
    throw new ExpressionError(`I do not know "${t.text}" (position ${t.pos + 1}).`)
  }

  if (tokens.length === 0) throw new ExpressionError('The expression is empty.')
  const root = sum()
  if (i < tokens.length)
    throw new ExpressionError(
      `Unexpected "${tokenText(tokens[i])}" at position ${tokens[i].pos + 1}.`,
    )
  return root
}

function tokenText(t: Token): string {
  return t.kind === 'num' ? String(t.value) : t.text
}

/** Evaluates a constant expression (no variables), e.g. "sigmoid(0) * (1 - sigmoid(0))". */
export function evaluate(src: string): number {
  return compile(src, [])()
}
