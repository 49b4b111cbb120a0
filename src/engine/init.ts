/**
 * Weight initialisation, as torch.nn.init: fill a tensor in place from a seeded Random and return
 * it. Glorot (Xavier) keeps activations' variance steady through tanh/sigmoid layers; He (Kaiming)
 * does the same for ReLU, which zeroes half its inputs and so needs twice the variance.
 */
import type { Random } from './random.ts'
import { showShape, type Tensor } from './tensor.ts'

/** Fan-in and fan-out of a weight: [out, in, ...kernel] as PyTorch lays out Linear and Conv weights. */
export function fans(t: Tensor): { fanIn: number; fanOut: number } {
  if (t.ndim < 2)
    throw new RangeError(
      `init: fan-in and fan-out need at least 2 dimensions, got ${showShape(t.shape)}`,
    )
  let receptive = 1
  for (let i = 2; i < t.ndim; i++) receptive *= t.shape[i]
  return { fanIn: t.shape[1] * receptive, fanOut: t.shape[0] * receptive }
}

/** Nonlinearities calculateGain knows, as in PyTorch. */
export type GainNonlinearity = 'linear' | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu'

/** The recommended gain for a nonlinearity (torch.nn.init.calculate_gain). */
export function calculateGain(nonlinearity: GainNonlinearity, negativeSlope = 0.01): number {
  switch (nonlinearity) {
    case 'linear':
    case 'sigmoid':
      return 1
    case 'tanh':
      return 5 / 3
    case 'relu':
      return Math.SQRT2
    case 'leakyRelu':
      return Math.sqrt(2 / (1 + negativeSlope * negativeSlope))
  }
}

/** Fills t with U(low, high). */
export function uniform(t: Tensor, rng: Random, low = 0, high = 1): Tensor {
  for (let k = 0; k < t.size; k++) t.data[k] = rng.uniform(low, high)
  return t
}

/** Fills t with N(mean, std²). */
export function normal(t: Tensor, rng: Random, mean = 0, std = 1): Tensor {
  for (let k = 0; k < t.size; k++) t.data[k] = rng.normal(mean, std)
  return t
}

/** Glorot uniform: U(-a, a) with a = gain·sqrt(6 / (fanIn + fanOut)). */
export function xavierUniform(t: Tensor, rng: Random, gain = 1): Tensor {
  const { fanIn, fanOut } = fans(t)
  const a = gain * Math.sqrt(6 / (fanIn + fanOut))
  return uniform(t, rng, -a, a)
}

/** Glorot normal: N(0, std²) with std = gain·sqrt(2 / (fanIn + fanOut)). */
export function xavierNormal(t: Tensor, rng: Random, gain = 1): Tensor {
  const { fanIn, fanOut } = fans(t)
  return normal(t, rng, 0, gain * Math.sqrt(2 / (fanIn + fanOut)))
}

/** Options of the He initialisers, as in PyTorch (a is the leaky ReLU slope). */
export interface KaimingOptions {
  a?: number
  mode?: 'fanIn' | 'fanOut'
  nonlinearity?: 'relu' | 'leakyRelu'
}

function kaimingStd(
  t: Tensor,
  { a = 0, mode = 'fanIn', nonlinearity = 'leakyRelu' }: KaimingOptions,
): number {
  const { fanIn, fanOut } = fans(t)
  const gain = calculateGain(nonlinearity, a)
  return gain / Math.sqrt(mode === 'fanIn' ? fanIn : fanOut)
}

/** He uniform: U(-b, b) with b = gain·sqrt(3 / fan). */
export function kaimingUniform(t: Tensor, rng: Random, options: KaimingOptions = {}): Tensor {
  const bound = Math.sqrt(3) * kaimingStd(t, options)
  return uniform(t, rng, -bound, bound)
}

/** He normal: N(0, std²) with std = gain / sqrt(fan). */
export function kaimingNormal(t: Tensor, rng: Random, options: KaimingOptions = {}): Tensor {
  return normal(t, rng, 0, kaimingStd(t, options))
}
