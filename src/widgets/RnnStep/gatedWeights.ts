/**
 * The calculator's one matrix W ((H + D) x G·H, rows multiplying [h_{t-1}, x_t]) as the engine's
 * PyTorch layout: W_hh = (W's first H rows)ᵀ, W_ih = (W's last D rows)ᵀ, b_ih = b, b_hh = 0.
 */
import { narrow, tensor, transpose, type Tensor } from '../../engine/index.ts'
import type { StepInputs } from './presets.ts'

/** The givens as engine tensors: a one-step sequence [1, 1, D], h0 [1, H] and PyTorch's weights. */
export interface EngineGivens {
  input: Tensor
  h0: Tensor
  weights: { weightIh: Tensor; weightHh: Tensor; biasIh: Tensor; biasHh: null }
}

/** Converts the givens; the caller guarantees W has H + D rows of G·H entries and b has G·H. */
export function engineGivens({ h, x, W, b }: StepInputs): EngineGivens {
  const H = h.length
  const w = tensor(W)
  return {
    input: tensor([[x]]),
    h0: tensor([h]),
    weights: {
      weightIh: transpose(narrow(w, 0, H, x.length)),
      weightHh: transpose(narrow(w, 0, 0, H)),
      biasIh: tensor(b),
      biasHh: null,
    },
  }
}
