/**
 * Sliding-window arithmetic for one spatial dimension: how many outputs a kernel with a given stride,
 * padding and dilation produces, and, when the configuration does not fit, why, in plain words.
 *
 * Every kernel, trace and widget asks this module for output sizes, so the number a stepper shows, the
 * number a lesson prints and the size of the tensor an op returns come from one formula:
 *
 *   out = floor((W + P_before + P_after - D(F - 1) - 1) / S) + 1
 *
 * which is PyTorch's (it floors when the stride does not land on the last cell; so do we, and say so).
 */

/** One dimension of a sliding window: the input size and how the kernel moves over it. */
export interface WindowSpec {
  /** Input size W along this dimension. */
  size: number
  /** Kernel size F. */
  kernel: number
  /** Stride S (default 1). */
  stride?: number
  /** Zero padding on each side (default 0); padBefore / padAfter override it per side. */
  padding?: number
  padBefore?: number
  padAfter?: number
  /** Dilation D (default 1): the kernel taps are D cells apart. */
  dilation?: number
  /**
   * Pooling only: round up instead of down (PyTorch's ceil_mode), keeping a last, partial window
   * that hangs past the padded input, as long as it starts inside the input or the left padding.
   */
  ceilMode?: boolean
}

/** What a window configuration gives, with the reasons when it is not a clean fit. */
export interface WindowFit {
  /** Output size as PyTorch computes it (floor); 0 when no output exists. */
  output: number
  /** (W + P_before + P_after - D(F-1) - 1)/S + 1 before rounding, e.g. 2.33 for W 7, F 3, S 3. */
  exact: number
  /** Extent of the dilated kernel, D(F-1) + 1. */
  span: number
  /** Padded input size W + P_before + P_after. */
  padded: number
  /** Padded cells after the last window that no window reaches (dropped by the floor). */
  dropped: number
  /** Cells of the last window beyond the padded input (ceil mode only; they are skipped). */
  overhang: number
  /** Padding actually used on each side. */
  padBefore: number
  padAfter: number
  stride: number
  dilation: number
  /** Reasons no valid output exists (bad argument, kernel larger than the padded input). */
  errors: string[]
  /** Reasons the output exists but the fit is not exact (PyTorch floors and drops cells). */
  warnings: string[]
  /** No errors: at least one output exists and every argument is valid. */
  valid: boolean
  /** Valid and the last window ends exactly on the last padded cell. */
  exactFit: boolean
}

/** A number as a lesson prints it: integers plain, others to two decimals. */
export function showNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2)
}

function checkWhole(errors: string[], what: string, value: number, min: number): void {
  if (!Number.isFinite(value)) errors.push(`${what} must be a finite number, got ${value}`)
  else if (!Number.isInteger(value)) errors.push(`${what} must be a whole number, got ${value}`)
  else if (value < min) errors.push(`${what} must be at least ${min}, got ${value}`)
}

/** Output size of one dimension and whether (and why not) the configuration fits. */
export function fitWindow(spec: WindowSpec): WindowFit {
  const { size: W, kernel: F } = spec
  const S = spec.stride ?? 1
  const D = spec.dilation ?? 1
  const before = spec.padBefore ?? spec.padding ?? 0
  const after = spec.padAfter ?? spec.padding ?? 0
  const errors: string[] = []
  checkWhole(errors, 'input size', W, 1)
  checkWhole(errors, 'kernel size', F, 1)
  checkWhole(errors, 'stride', S, 1)
  checkWhole(errors, 'dilation', D, 1)
  checkWhole(errors, 'padding', before, 0)
  if (after !== before) checkWhole(errors, 'padding after', after, 0)
  const span = D * (F - 1) + 1
  const padded = W + before + after
  const exact = (padded - span) / S + 1
  const base = { exact, span, padded, padBefore: before, padAfter: after, stride: S, dilation: D }
  if (errors.length > 0) {
    return {
      ...base,
      output: 0,
      dropped: 0,
      overhang: 0,
      errors,
      warnings: [],
      valid: false,
      exactFit: false,
    }
  }
  if (span > padded) {
    const kernelWords =
      D > 1 ? `the ${F}-tap kernel with dilation ${D} spans ${span} cells` : `the kernel (${F})`
    const paddedWords =
      before + after > 0
        ? `the padded input (${W} + ${before + after} = ${padded})`
        : `the input (${W})`
    errors.push(`${kernelWords} is larger than ${paddedWords}, so no window fits`)
    return {
      ...base,
      output: 0,
      dropped: 0,
      overhang: 0,
      errors,
      warnings: [],
      valid: false,
      exactFit: false,
    }
  }
  let output = Math.floor((padded - span) / S) + 1
  if (spec.ceilMode) {
    output = Math.ceil((padded - span) / S) + 1
    if ((output - 1) * S >= W + before) output--
  }
  const end = (output - 1) * S + span
  const dropped = Math.max(0, padded - end)
  const overhang = Math.max(0, end - padded)
  const warnings: string[] = []
  if (overhang > 0) {
    warnings.push(
      `stride ${S} does not fit exactly: (${padded} - ${span}) / ${S} + 1 = ${showNumber(exact)}, ` +
        `so ceil mode rounds up to ${output} and the last window hangs ${overhang} ` +
        `${overhang === 1 ? 'cell' : 'cells'} past the input (those cells are left out)`,
    )
  }
  if (dropped > 0) {
    warnings.push(
      `stride ${S} does not fit exactly: (${padded} - ${span}) / ${S} + 1 = ${showNumber(exact)}, ` +
        `so the output is rounded down to ${output} and the last ${dropped} ` +
        `${dropped === 1 ? 'cell is' : 'cells are'} never covered`,
    )
  }
  return {
    ...base,
    output,
    dropped,
    overhang,
    errors,
    warnings,
    valid: true,
    exactFit: dropped === 0 && overhang === 0,
  }
}

/**
 * The input index under every tap of every window along one dimension, e.g. 7 wide, kernel 3,
 * stride 3: [[0, 1, 2], [3, 4, 5]] (cell 6 is never covered). Indices below 0 or from W up are
 * padding. Empty when the configuration is invalid (see fitWindow for why).
 */
export function windowTaps(spec: WindowSpec): number[][] {
  const fit = fitWindow(spec)
  return Array.from({ length: fit.output }, (_, o) =>
    Array.from(
      { length: spec.kernel },
      (_, t) => o * fit.stride - fit.padBefore + t * fit.dilation,
    ),
  )
}

/** Output size floor((W + 2P - D(F-1) - 1)/S) + 1; throws with the reason when no output exists. */
export function outputSize(
  size: number,
  kernel: number,
  stride = 1,
  padding = 0,
  dilation = 1,
): number {
  const fit = fitWindow({ size, kernel, stride, padding, dilation })
  if (!fit.valid) throw new RangeError(fit.errors.join('; '))
  return fit.output
}

/**
 * The same fit with PyTorch's pooling rule added: padding may be at most half the (dilated) kernel,
 * so every window holds at least one real cell.
 */
export function fitPoolWindow(spec: WindowSpec): WindowFit {
  const fit = fitWindow(spec)
  const worst = Math.max(fit.padBefore, fit.padAfter)
  if (fit.valid && 2 * worst > fit.span) {
    fit.errors.push(
      `padding ${worst} is more than half the ${fit.span}-wide window, so a window could hold only padding`,
    )
    return { ...fit, output: 0, valid: false, exactFit: false }
  }
  return fit
}

/** One dimension of a transposed convolution (PyTorch conv_transpose). */
export interface TransposedSpec {
  size: number
  kernel: number
  stride?: number
  padding?: number
  outputPadding?: number
  dilation?: number
}

/** Output size of a transposed convolution and why it is invalid, if it is. */
export interface TransposedFit {
  /** (W - 1)S - 2P + D(F-1) + output_padding + 1, or 0 when invalid. */
  output: number
  errors: string[]
  valid: boolean
}

/** Output size (W-1)S - 2P + D(F-1) + output_padding + 1 of a transposed convolution, checked. */
export function fitTransposed(spec: TransposedSpec): TransposedFit {
  const { size: W, kernel: F } = spec
  const S = spec.stride ?? 1
  const P = spec.padding ?? 0
  const OP = spec.outputPadding ?? 0
  const D = spec.dilation ?? 1
  const errors: string[] = []
  checkWhole(errors, 'input size', W, 1)
  checkWhole(errors, 'kernel size', F, 1)
  checkWhole(errors, 'stride', S, 1)
  checkWhole(errors, 'dilation', D, 1)
  checkWhole(errors, 'padding', P, 0)
  checkWhole(errors, 'output padding', OP, 0)
  if (errors.length === 0 && OP >= S && OP >= D) {
    errors.push(
      `output padding ${OP} must be smaller than the stride (${S}) or the dilation (${D})`,
    )
  }
  const output = (W - 1) * S - 2 * P + D * (F - 1) + OP + 1
  if (errors.length === 0 && output < 1) {
    errors.push(
      `(${W} - 1) * ${S} - 2 * ${P} + ${D} * (${F} - 1) + ${OP} + 1 = ${output}: ` +
        `the padding crops away the whole output`,
    )
  }
  const valid = errors.length === 0
  return { output: valid ? output : 0, errors, valid }
}
