/**
 * Losses with PyTorch semantics: crossEntropy over integer class targets (with ignoreIndex for
 * padded positions) and mseLoss.
 */
import { assertFinite, gradOf, result, showShape, type Tensor } from '../tensor.ts'
import { logSoftmaxInto } from './softmax.ts'

/** How per-position losses are combined (PyTorch's `reduction`). */
export type Reduction = 'mean' | 'sum' | 'none'

/** Integer class targets: a flat array, or a tensor holding integers. */
export type Targets = Int32Array | readonly number[] | Tensor

/** Options of crossEntropy; ignoreIndex defaults to PyTorch's -100. */
export interface CrossEntropyOptions {
  ignoreIndex?: number
  reduction?: Reduction
}

/**
 * Softmax cross-entropy of logits [N, C] (or [N, C, d1, ...]) against class indices [N] (or
 * [N, d1, ...]), fused with a stable log-softmax. Positions whose target is `ignoreIndex` add
 * nothing; 'mean' divides by the number of the other positions, exactly as F.cross_entropy does.
 */
export function crossEntropy(
  logits: Tensor,
  targets: Targets,
  options: CrossEntropyOptions = {},
): Tensor {
  const { ignoreIndex = -100, reduction = 'mean' } = options
  if (logits.ndim < 2) {
    throw new RangeError(
      `crossEntropy: logits must be [N, C] or [N, C, d1, ...], got ${showShape(logits.shape)}`,
    )
  }
  assertFinite('crossEntropy', 'logits', logits)
  const [batch, classes] = logits.shape
  let inner = 1
  for (let i = 2; i < logits.ndim; i++) inner *= logits.shape[i]
  const targetShape = [batch, ...logits.shape.slice(2)]
  const t =
    targets instanceof Int32Array ? targets : targets instanceof Array ? targets : targets.data
  if (!(targets instanceof Int32Array) && !(targets instanceof Array)) {
    const ts = targets.shape
    if (ts.length !== targetShape.length || ts.some((d, i) => d !== targetShape[i])) {
      throw new RangeError(
        `crossEntropy: logits are ${showShape(logits.shape)} so targets must be ${showShape(targetShape)}, got ${showShape(ts)}`,
      )
    }
  }
  if (t.length !== batch * inner) {
    throw new RangeError(
      `crossEntropy: logits are ${showShape(logits.shape)} so targets need ${batch * inner} entries (shape ${showShape(targetShape)}), got ${t.length}`,
    )
  }
  const positions = batch * inner
  let counted = 0
  for (let p = 0; p < positions; p++) {
    const c = t[p]
    if (c === ignoreIndex) continue
    if (!Number.isInteger(c) || c < 0 || c >= classes) {
      throw new RangeError(
        `crossEntropy: target ${c} at position ${p} is not a class in [0, ${classes}) nor ignoreIndex ${ignoreIndex}`,
      )
    }
    counted++
  }
  if (reduction === 'mean' && counted === 0) {
    throw new RangeError(
      `crossEntropy: every target equals ignoreIndex (${ignoreIndex}), so the mean over zero positions is undefined`,
    )
  }
  const logp = new Float64Array(logits.size)
  logSoftmaxInto(logits.data, logp, batch, classes, inner)
  const perPosition = new Float64Array(positions)
  let total = 0
  for (let b = 0; b < batch; b++) {
    for (let i = 0; i < inner; i++) {
      const c = t[b * inner + i]
      if (c === ignoreIndex) continue
      perPosition[b * inner + i] = -logp[(b * classes + c) * inner + i]
      total += perPosition[b * inner + i]
    }
  }
  const scale = reduction === 'mean' ? 1 / counted : 1
  const data = reduction === 'none' ? perPosition : new Float64Array([total * scale])
  const shape = reduction === 'none' ? targetShape : []
  return result('crossEntropy', data, shape, [logits], (g) => {
    const gx = gradOf(logits)!
    // d/dlogit_j of -log softmax_c = softmax_j - [j = c]
    for (let b = 0; b < batch; b++) {
      for (let i = 0; i < inner; i++) {
        const c = t[b * inner + i]
        if (c === ignoreIndex) continue
        const w = reduction === 'none' ? g[b * inner + i] : g[0] * scale
        for (let j = 0; j < classes; j++) {
          const k = (b * classes + j) * inner + i
          gx[k] += w * (Math.exp(logp[k]) - (j === c ? 1 : 0))
        }
      }
    }
  })
}

/** Mean (or summed) squared error between same-shaped input and target (F.mse_loss). */
export function mseLoss(
  input: Tensor,
  target: Tensor,
  options: { reduction?: Reduction } = {},
): Tensor {
  const { reduction = 'mean' } = options
  if (input.ndim !== target.ndim || input.shape.some((d, i) => d !== target.shape[i])) {
    throw new RangeError(
      `mseLoss: input is ${showShape(input.shape)} but target is ${showShape(target.shape)}: shapes must match`,
    )
  }
  if (reduction === 'mean' && input.size === 0)
    throw new RangeError('mseLoss: the mean over an empty input is undefined')
  assertFinite('mseLoss', 'input', input)
  assertFinite('mseLoss', 'target', target)
  const n = input.size
  const diff = new Float64Array(n)
  let total = 0
  for (let k = 0; k < n; k++) {
    diff[k] = input.data[k] - target.data[k]
    total += diff[k] * diff[k]
  }
  const scale = reduction === 'mean' ? 1 / n : 1
  const data = reduction === 'none' ? diff.map((d) => d * d) : new Float64Array([total * scale])
  const shape = reduction === 'none' ? input.shape : []
  return result('mseLoss', data, shape, [input, target], (g) => {
    const gi = gradOf(input)
    const gt = gradOf(target)
    for (let k = 0; k < n; k++) {
      const d = 2 * diff[k] * (reduction === 'none' ? g[k] : g[0] * scale)
      if (gi) gi[k] += d
      if (gt) gt[k] -= d
    }
  })
}
