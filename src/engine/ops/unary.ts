/**
 * Elementwise functions of one tensor: exp, log, sqrt and the activations. The activations use the
 * scalar definitions in activations.ts, so a plotted curve and a trained gradient cannot disagree.
 */
import * as act from '../activations.ts'
import { gradOf, result, type Tensor } from '../tensor.ts'

/** y = f(x) elementwise with dy/dx = df(x, y). */
function unary(
  op: string,
  x: Tensor,
  f: (v: number) => number,
  df: (v: number, y: number) => number,
): Tensor {
  const xd = x.data
  const out = new Float64Array(xd.length)
  for (let k = 0; k < xd.length; k++) out[k] = f(xd[k])
  return result(op, out, x.shape, [x], (g) => {
    const gx = gradOf(x)!
    for (let k = 0; k < xd.length; k++) gx[k] += g[k] * df(xd[k], out[k])
  })
}

/** e^x (torch.exp). */
export function exp(x: Tensor): Tensor {
  return unary('exp', x, Math.exp, (_, y) => y)
}

/** Natural logarithm (torch.log); log of a non-positive value gives -Infinity or NaN as in IEEE. */
export function log(x: Tensor): Tensor {
  return unary('log', x, Math.log, (v) => 1 / v)
}

/** Square root (torch.sqrt). */
export function sqrt(x: Tensor): Tensor {
  return unary('sqrt', x, Math.sqrt, (_, y) => 0.5 / y)
}

/** Hyperbolic tangent (torch.tanh). */
export function tanh(x: Tensor): Tensor {
  return unary('tanh', x, act.tanh, (_, y) => 1 - y * y)
}

/** Logistic sigmoid (torch.sigmoid). */
export function sigmoid(x: Tensor): Tensor {
  return unary('sigmoid', x, act.sigmoid, (_, y) => y * (1 - y))
}

/** max(0, x) (torch.relu); the gradient at exactly 0 is 0, as in PyTorch. */
export function relu(x: Tensor): Tensor {
  return unary('relu', x, act.relu, (v) => act.reluGrad(v))
}

/** x for x > 0, else slope·x (F.leaky_relu, default negative slope 0.01). */
export function leakyRelu(x: Tensor, negativeSlope = 0.01): Tensor {
  return unary(
    'leakyRelu',
    x,
    (v) => act.leakyRelu(v, negativeSlope),
    (v) => act.leakyReluGrad(v, negativeSlope),
  )
}
