/**
 * Scalar activation functions and their derivatives: the single definition that tensor ops, traces
 * and lesson widgets all use, so a curve on screen and a gradient in training cannot disagree.
 */

/** The names of the activation functions Unfold teaches. */
export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu'

/** Logistic sigmoid 1 / (1 + e^-x), written so that neither branch overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x))
  const e = Math.exp(x)
  return e / (1 + e)
}

/** d/dx sigmoid(x) = sigmoid(x) (1 - sigmoid(x)). */
export function sigmoidGrad(x: number): number {
  const s = sigmoid(x)
  return s * (1 - s)
}

/** Hyperbolic tangent. */
export function tanh(x: number): number {
  return Math.tanh(x)
}

/** d/dx tanh(x) = 1 - tanh(x)^2. */
export function tanhGrad(x: number): number {
  const t = Math.tanh(x)
  return 1 - t * t
}

/** max(0, x). */
export function relu(x: number): number {
  return x > 0 ? x : 0
}

/** 1 for x > 0, else 0 (PyTorch's convention at exactly 0). */
export function reluGrad(x: number): number {
  return x > 0 ? 1 : 0
}

/** x for x > 0, else slope * x (PyTorch's default slope is 0.01). */
export function leakyRelu(x: number, slope = 0.01): number {
  return x > 0 ? x : slope * x
}

/** 1 for x > 0, else slope. */
export function leakyReluGrad(x: number, slope = 0.01): number {
  return x > 0 ? 1 : slope
}

/** An activation as a pair of functions of x (and, for leaky ReLU, its negative slope). */
export interface Activation {
  name: ActivationName
  f: (x: number, slope?: number) => number
  df: (x: number, slope?: number) => number
}

/** Every activation by name, for widgets that let the learner pick one. */
export const activations: Record<ActivationName, Activation> = {
  sigmoid: { name: 'sigmoid', f: sigmoid, df: sigmoidGrad },
  tanh: { name: 'tanh', f: tanh, df: tanhGrad },
  relu: { name: 'relu', f: relu, df: reluGrad },
  leakyRelu: { name: 'leakyRelu', f: leakyRelu, df: leakyReluGrad },
}
