/**
 * Batch norm and layer norm with their gradients. Both normalise to zero mean and unit variance
 * (biased variance, as PyTorch uses for normalising) and then scale and shift; they differ in which
 * axis the statistics run over: the batch (per channel) or the features (per example).
 */
import { gradOf, result, showShape, type Tensor } from '../tensor.ts'

/**
 * Normalises groups of x in place of a fused op. Group g holds the elements at offsets
 * `at(g, j)`, j < count; `param(g, j)` names the affine parameter index for that element.
 */
function normalize(
  op: string,
  x: Tensor,
  groups: number,
  count: number,
  at: (g: number, j: number) => number,
  param: (g: number, j: number) => number,
  weight: Tensor | null,
  bias: Tensor | null,
  eps: number,
  stats?: { mean: Float64Array; invStd: Float64Array },
): Tensor {
  const xd = x.data
  const xhat = new Float64Array(x.size)
  const out = new Float64Array(x.size)
  const invStd = new Float64Array(groups)
  for (let g = 0; g < groups; g++) {
    let m: number
    let inv: number
    if (stats) {
      m = stats.mean[g]
      inv = stats.invStd[g]
    } else {
      m = 0
      for (let j = 0; j < count; j++) m += xd[at(g, j)]
      m /= count
      let v = 0
      for (let j = 0; j < count; j++) v += (xd[at(g, j)] - m) ** 2
      inv = 1 / Math.sqrt(v / count + eps)
    }
    invStd[g] = inv
    for (let j = 0; j < count; j++) {
      const k = at(g, j)
      xhat[k] = (xd[k] - m) * inv
      const p = param(g, j)
      out[k] = xhat[k] * (weight ? weight.data[p] : 1) + (bias ? bias.data[p] : 0)
    }
  }
  const inputs = [x, ...(weight ? [weight] : []), ...(bias ? [bias] : [])]
  return result(op, out, x.shape, inputs, (gOut) => {
    const gx = gradOf(x)
    const gw = weight ? gradOf(weight) : null
    const gb = bias ? gradOf(bias) : null
    for (let g = 0; g < groups; g++) {
      let sumG = 0
      let sumGX = 0
      for (let j = 0; j < count; j++) {
        const k = at(g, j)
        const p = param(g, j)
        const gh = gOut[k] * (weight ? weight.data[p] : 1)
        sumG += gh
        sumGX += gh * xhat[k]
        if (gw) gw[p] += gOut[k] * xhat[k]
        if (gb) gb[p] += gOut[k]
      }
      if (!gx) continue
      for (let j = 0; j < count; j++) {
        const k = at(g, j)
        const gh = gOut[k] * (weight ? weight.data[param(g, j)] : 1)
        // With fixed (running) statistics the normalisation is affine; with batch statistics the
        // mean and variance depend on x too, which subtracts the mean gradient and its xhat part.
        gx[k] += stats
          ? gh * invStd[g]
          : invStd[g] * (gh - sumG / count - (xhat[k] * sumGX) / count)
      }
    }
  })
}

/** Options of batchNorm, as F.batch_norm's arguments. */
export interface BatchNormOptions {
  training?: boolean
  momentum?: number
  eps?: number
}

/**
 * F.batch_norm for x of shape [N, C] or [N, C, ...]: statistics per channel C over the batch and all
 * other dimensions. In training, batch statistics are used and the running ones (if given) move
 * toward them: running = (1 - momentum)·running + momentum·batch, with the unbiased variance, as
 * PyTorch does. In evaluation, the running statistics are used.
 */
export function batchNorm(
  x: Tensor,
  runningMean: Tensor | null,
  runningVar: Tensor | null,
  weight: Tensor | null = null,
  bias: Tensor | null = null,
  { training = true, momentum = 0.1, eps = 1e-5 }: BatchNormOptions = {},
): Tensor {
  if (x.ndim < 2)
    throw new RangeError(`batchNorm: x must be [N, C, ...], got ${showShape(x.shape)}`)
  const [n, c] = x.shape
  let inner = 1
  for (let i = 2; i < x.ndim; i++) inner *= x.shape[i]
  for (const [name, t] of [
    ['runningMean', runningMean],
    ['runningVar', runningVar],
    ['weight', weight],
    ['bias', bias],
  ] as const) {
    if (t && (t.ndim !== 1 || t.shape[0] !== c)) {
      throw new RangeError(
        `batchNorm: x is ${showShape(x.shape)} so ${name} must be [${c}], got ${showShape(t.shape)}`,
      )
    }
  }
  const count = n * inner
  const at = (g: number, j: number) => (Math.floor(j / inner) * c + g) * inner + (j % inner)
  const param = (g: number) => g
  if (!training) {
    if (!runningMean || !runningVar)
      throw new RangeError('batchNorm: evaluation needs runningMean and runningVar')
    const invStd = runningVar.data.map((v) => 1 / Math.sqrt(v + eps))
    return normalize('batchNorm', x, c, count, at, param, weight, bias, eps, {
      mean: runningMean.data,
      invStd,
    })
  }
  if (count < 2)
    throw new RangeError(
      `batchNorm: training needs more than one value per channel, got ${showShape(x.shape)}`,
    )
  const out = normalize('batchNorm', x, c, count, at, param, weight, bias, eps)
  if (runningMean && runningVar) {
    for (let g = 0; g < c; g++) {
      let m = 0
      for (let j = 0; j < count; j++) m += x.data[at(g, j)]
      m /= count
      let v = 0
      for (let j = 0; j < count; j++) v += (x.data[at(g, j)] - m) ** 2
      runningMean.data[g] = (1 - momentum) * runningMean.data[g] + momentum * m
      runningVar.data[g] = (1 - momentum) * runningVar.data[g] + (momentum * v) / (count - 1)
    }
  }
  return out
}

/** F.layer_norm: statistics over the trailing dimensions `normalizedShape` of each example. */
export function layerNorm(
  x: Tensor,
  normalizedShape: readonly number[],
  weight: Tensor | null = null,
  bias: Tensor | null = null,
  eps = 1e-5,
): Tensor {
  const k = normalizedShape.length
  const tail = x.shape.slice(x.ndim - k)
  if (k === 0 || k > x.ndim || tail.some((d, i) => d !== normalizedShape[i])) {
    throw new RangeError(
      `layerNorm: x is ${showShape(x.shape)} but normalizedShape is ${showShape(normalizedShape)}: it must match x's trailing dimensions`,
    )
  }
  const count = tail.reduce((a, b) => a * b, 1)
  for (const [name, t] of [
    ['weight', weight],
    ['bias', bias],
  ] as const) {
    if (t && (t.size !== count || t.ndim !== k)) {
      throw new RangeError(
        `layerNorm: ${name} must be ${showShape(normalizedShape)}, got ${showShape(t.shape)}`,
      )
    }
  }
  const groups = count === 0 ? 0 : x.size / count
  return normalize(
    'layerNorm',
    x,
    groups,
    count,
    (g, j) => g * count + j,
    (_g, j) => j,
    weight,
    bias,
    eps,
  )
}
