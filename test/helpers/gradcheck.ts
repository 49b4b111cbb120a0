/**
 * Finite-difference gradient check: compares the autograd gradient of a scalar function of some
 * tensors with central differences (f(x + h) - f(x - h)) / 2h, element by element.
 *
 * Tolerance: |analytic - numeric| <= atol + rtol * max(|analytic|, |numeric|), with h = 1e-6 in
 * Float64 by default (truncation error ~h^2, round-off ~1e-16/h), so atol = rtol = 1e-5 is strict
 * enough to catch any wrong term and loose enough never to flake.
 */
import { Tensor } from '../../src/engine/tensor.ts'

export interface GradcheckOptions {
  h?: number
  atol?: number
  rtol?: number
}

export interface GradcheckFailure {
  input: number
  index: number
  analytic: number
  numeric: number
}

/** Returns the first few mismatches (empty when the gradients agree). `f` must return a 1-element tensor. */
export function gradcheck(
  f: (...inputs: Tensor[]) => Tensor,
  inputs: Tensor[],
  { h = 1e-6, atol = 1e-5, rtol = 1e-5 }: GradcheckOptions = {},
): GradcheckFailure[] {
  for (const x of inputs) {
    x.requiresGrad = true
    x.grad = null
  }
  f(...inputs).backward()
  const analytic = inputs.map((x) => (x.grad ? x.grad.slice() : new Float64Array(x.size)))
  const failures: GradcheckFailure[] = []
  inputs.forEach((x, k) => {
    for (let i = 0; i < x.size; i++) {
      const saved = x.data[i]
      x.data[i] = saved + h
      const up = f(...inputs).item()
      x.data[i] = saved - h
      const down = f(...inputs).item()
      x.data[i] = saved
      const numeric = (up - down) / (2 * h)
      const a = analytic[k][i]
      if (Math.abs(a - numeric) > atol + rtol * Math.max(Math.abs(a), Math.abs(numeric))) {
        if (failures.length < 5) failures.push({ input: k, index: i, analytic: a, numeric })
      }
    }
  })
  return failures
}
