/**
 * Binary elementwise arithmetic with broadcasting: add, sub, mul, div, plus neg and pow. Either
 * operand may be a plain number. Forward and backward side by side in each function.
 */
import { asTensor, gradOf, result, type Tensor } from '../tensor.ts'
import { broadcastOffsets, broadcastShapes, sameShape } from './broadcast.ts'

type Operand = Tensor | number

/** A local derivative of a binary op at (x, y). */
type Partial = (x: number, y: number) => number

function binary(
  op: string,
  aIn: Operand,
  bIn: Operand,
  f: (x: number, y: number) => number,
  dfdx: Partial,
  dfdy: Partial,
): Tensor {
  const a = asTensor(aIn)
  const b = asTensor(bIn)
  const shape = broadcastShapes(op, a.shape, b.shape)
  const same = sameShape(a.shape, b.shape)
  const ai = same ? null : broadcastOffsets(shape, a.shape)
  const bi = same ? null : broadcastOffsets(shape, b.shape)
  const ad = a.data
  const bd = b.data
  let size = 1
  for (const d of shape) size *= d
  const out = new Float64Array(size)
  for (let k = 0; k < size; k++) {
    out[k] = f(ad[ai ? ai[k] : k], bd[bi ? bi[k] : k])
  }
  return result(op, out, shape, [a, b], (g) => {
    const ga = gradOf(a)
    const gb = gradOf(b)
    for (let k = 0; k < size; k++) {
      const ia = ai ? ai[k] : k
      const ib = bi ? bi[k] : k
      if (ga) ga[ia] += g[k] * dfdx(ad[ia], bd[ib])
      if (gb) gb[ib] += g[k] * dfdy(ad[ia], bd[ib])
    }
  })
}

const one = () => 1

/** a + b with broadcasting (torch.add). */
export function add(a: Operand, b: Operand): Tensor {
  return binary('add', a, b, (x, y) => x + y, one, one)
}

/** a - b with broadcasting (torch.sub). */
export function sub(a: Operand, b: Operand): Tensor {
  return binary(
    'sub',
    a,
    b,
    (x, y) => x - y,
    one,
    () => -1,
  )
}

/** a * b elementwise with broadcasting (torch.mul, the Hadamard product). */
export function mul(a: Operand, b: Operand): Tensor {
  return binary(
    'mul',
    a,
    b,
    (x, y) => x * y,
    (_, y) => y,
    (x) => x,
  )
}

/** a / b elementwise with broadcasting (torch.div); division by zero gives ±Infinity as in IEEE. */
export function div(a: Operand, b: Operand): Tensor {
  return binary(
    'div',
    a,
    b,
    (x, y) => x / y,
    (_, y) => 1 / y,
    (x, y) => -x / (y * y),
  )
}

/** -a. */
export function neg(a: Tensor): Tensor {
  return mul(a, -1)
}

/** a ** p for a constant exponent p (torch.pow with a scalar exponent). */
export function pow(a: Tensor, p: number): Tensor {
  return binary(
    'pow',
    a,
    p,
    (x) => x ** p,
    (x) => p * x ** (p - 1),
    () => 0,
  )
}
