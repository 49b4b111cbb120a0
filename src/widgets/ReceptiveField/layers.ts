/**
 * A stack of sliding-window layers as the explorer's link carries it ("k3s1p1d1,k3s2p0d1"), parsed
 * with plain-words reasons, written back, and the presets the lesson starts from.
 */
import { MAX_LAYERS, type ReceptiveFieldConfig } from './schema.ts'

/** One convolution layer of the stack; padding 'causal' puts d*(k-1) zeros on the left only (1-D). */
export interface StackLayer {
  kernel: number
  stride: number
  padding: number | 'causal'
  dilation: number
}

/** Allowed range of each hyperparameter, inclusive. */
export const LIMITS = {
  kernel: [1, 11],
  stride: [1, 4],
  padding: [0, 9],
  dilation: [1, 8],
} as const

const TOKEN = /^k(\d{1,2})s(\d)p(\d|c)d(\d)$/

/** Parses a stack; a reason in words instead when a layer is malformed or out of range. */
export function parseLayers(
  text: string,
  dims: ReceptiveFieldConfig['dims'],
): { layers: StackLayer[]; error: null } | { layers: null; error: string } {
  const tokens = text.split(',')
  if (tokens.length > MAX_LAYERS)
    return { layers: null, error: `At most ${MAX_LAYERS} layers, got ${tokens.length}.` }
  const layers: StackLayer[] = []
  for (const [i, token] of tokens.entries()) {
    const m = TOKEN.exec(token)
    const where = `Layer ${i + 1}`
    if (!m) return { layers: null, error: `${where} "${token}" is not like k3s1p1d1.` }
    const padding: StackLayer['padding'] = m[3] === 'c' ? 'causal' : Number(m[3])
    const layer: StackLayer = {
      kernel: Number(m[1]),
      stride: Number(m[2]),
      padding,
      dilation: Number(m[4]),
    }
    for (const key of ['kernel', 'stride', 'padding', 'dilation'] as const) {
      const v = layer[key]
      const [lo, hi] = LIMITS[key]
      if (typeof v === 'number' && (v < lo || v > hi))
        return { layers: null, error: `${where}: ${key} ${v} is outside ${lo} to ${hi}.` }
    }
    if (padding === 'causal' && dims !== '1d')
      return { layers: null, error: `${where}: causal padding only exists for a 1-D sequence.` }
    layers.push(layer)
  }
  return { layers, error: null }
}

/** The link form of a stack, the inverse of parseLayers. */
export function formatLayers(layers: readonly StackLayer[]): string {
  return layers
    .map(
      (l) => `k${l.kernel}s${l.stride}p${l.padding === 'causal' ? 'c' : l.padding}d${l.dilation}`,
    )
    .join(',')
}

/** Zeros added before and after the input of a layer. */
export function padsOf(layer: StackLayer): [number, number] {
  return layer.padding === 'causal'
    ? [layer.dilation * (layer.kernel - 1), 0]
    : [layer.padding, layer.padding]
}

/** A starting stack the learner can pick. */
export interface Preset {
  name: string
  params: ReceptiveFieldConfig
}

/** The stacks the lesson talks about. */
export const PRESETS: readonly Preset[] = [
  {
    name: 'three 3×3',
    params: { layers: 'k3s1p0d1,k3s1p0d1,k3s1p0d1', dims: '2d', size: 9, unit: 4 },
  },
  { name: 'one 7×7', params: { layers: 'k7s1p0d1', dims: '2d', size: 9, unit: 4 } },
  { name: 'strided', params: { layers: 'k3s2p0d1,k3s2p0d1', dims: '2d', size: 15, unit: 4 } },
  {
    name: 'dilated',
    params: { layers: 'k3s1p0d1,k3s1p0d2,k3s1p0d4', dims: '2d', size: 17, unit: 4 },
  },
  {
    name: 'dilated TCN (1-D, causal)',
    params: { layers: 'k3s1pcd1,k3s1pcd2,k3s1pcd4', dims: '1d', size: 16, unit: 15 },
  },
]
