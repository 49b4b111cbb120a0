/**
 * Parameter and multiply-add counts of convolution and fully connected layers, with weights and biases
 * kept apart because the decks count them apart (5*5*3 weights + 1 bias = 76 per filter).
 */

/** Parameters of one layer: weights and biases apart, and their sum. */
export interface ParamCount {
  weights: number
  biases: number
  total: number
}

function checkCount(what: string, n: number): void {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`${what} must be a whole number >= 1, got ${n}`)
}

/** Kernel size as [height, width] from a number (square) or a pair. */
export function kernelPair(kernel: number | readonly [number, number]): [number, number] {
  return typeof kernel === 'number' ? [kernel, kernel] : [kernel[0], kernel[1]]
}

/** Parameters of a convolution: F*F*D*K weights (kernel area x input depth x filters) and K biases. */
export function convParams(
  inChannels: number,
  outChannels: number,
  kernel: number | readonly [number, number],
  bias = true,
): ParamCount {
  const [kh, kw] = kernelPair(kernel)
  checkCount('inChannels', inChannels)
  checkCount('outChannels', outChannels)
  checkCount('kernel height', kh)
  checkCount('kernel width', kw)
  const weights = kh * kw * inChannels * outChannels
  const biases = bias ? outChannels : 0
  return { weights, biases, total: weights + biases }
}

/** Parameters of a fully connected layer: in*out weights and out biases. */
export function linearParams(inFeatures: number, outFeatures: number, bias = true): ParamCount {
  checkCount('inFeatures', inFeatures)
  checkCount('outFeatures', outFeatures)
  const weights = inFeatures * outFeatures
  const biases = bias ? outFeatures : 0
  return { weights, biases, total: weights + biases }
}

/** Multiply-adds of a convolution: every output cell of every filter does kh*kw*C of them. */
export function convMacs(
  outHeight: number,
  outWidth: number,
  inChannels: number,
  outChannels: number,
  kernel: number | readonly [number, number],
): number {
  const [kh, kw] = kernelPair(kernel)
  return outHeight * outWidth * outChannels * inChannels * kh * kw
}

/** Multiply-adds of a fully connected layer: one per weight. */
export function linearMacs(inFeatures: number, outFeatures: number): number {
  return inFeatures * outFeatures
}
