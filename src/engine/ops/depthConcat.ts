/**
 * DepthConcat, as in Torch7's nn.DepthConcat behind GoogLeNet's inception module: maps of different
 * spatial sizes are stacked along the channel axis after zero-padding each to the largest height and
 * width. The smaller map is centred: it starts at floor((H - h) / 2), so when the difference is odd
 * the extra zero row goes below and the extra zero column to the right (14x14 inside 16x16 sits at
 * rows and columns 1..14; 13x13 inside 16x16 at 1..13, with one zero row above and two below).
 */
import { result, showShape, type Tensor } from '../tensor.ts'
import { expectFinite } from './spatialArgs.ts'

/** Where each input sits in the output: its channel offset and its top-left corner. */
export interface DepthConcatPlacement {
  channel: number
  top: number
  left: number
}

/** Output shape [N, sum C, max H, max W] and each input's placement, after checking the shapes. */
export function depthConcatLayout(shapes: ReadonlyArray<readonly number[]>): {
  shape: number[]
  placements: DepthConcatPlacement[]
} {
  const all = shapes.map(showShape).join(', ')
  if (shapes.length === 0) throw new RangeError('depthConcat: needs at least one tensor')
  shapes.forEach((s, i) => {
    if (s.length !== 4) {
      throw new RangeError(
        `depthConcat: tensor ${i} must be 4-D [N, C, H, W], got ${showShape(s)} (shapes ${all})`,
      )
    }
    if (s.some((d) => d < 1))
      throw new RangeError(`depthConcat: tensor ${i} has an empty dimension ${showShape(s)}`)
    if (s[0] !== shapes[0][0]) {
      throw new RangeError(
        `depthConcat: tensor ${i} has batch ${s[0]} but tensor 0 has ${shapes[0][0]} (shapes ${all})`,
      )
    }
  })
  const H = Math.max(...shapes.map((s) => s[2]))
  const W = Math.max(...shapes.map((s) => s[3]))
  let channel = 0
  const placements = shapes.map((s) => {
    const p = { channel, top: Math.floor((H - s[2]) / 2), left: Math.floor((W - s[3]) / 2) }
    channel += s[1]
    return p
  })
  return { shape: [shapes[0][0], channel, H, W], placements }
}

/** Concatenates NCHW maps along channels, zero-padding smaller maps (centred) to the largest. */
export function depthConcat(inputs: readonly Tensor[]): Tensor {
  const { shape, placements } = depthConcatLayout(inputs.map((t) => t.shape))
  inputs.forEach((t, i) => expectFinite('depthConcat', `tensor ${i}`, t))
  const [N, C, H, W] = shape
  const out = new Float64Array(N * C * H * W)
  // Visits every input cell with its index in the output, for both directions of the copy.
  const each = (t: Tensor, p: DepthConcatPlacement, visit: (src: number, dst: number) => void) => {
    const [, c, h, w] = t.shape
    for (let n = 0; n < N; n++) {
      for (let k = 0; k < c; k++) {
        for (let y = 0; y < h; y++) {
          const src = ((n * c + k) * h + y) * w
          const dst = ((n * C + p.channel + k) * H + p.top + y) * W + p.left
          for (let x = 0; x < w; x++) visit(src + x, dst + x)
        }
      }
    }
  }
  inputs.forEach((t, i) => each(t, placements[i], (s, d) => (out[d] = t.data[s])))
  return result('depthConcat', out, shape, inputs, (gy) => {
    inputs.forEach((t, i) => {
      if (!t.requiresGrad) return
      const gx = t.ensureGrad()
      each(t, placements[i], (s, d) => (gx[s] += gy[d]))
    })
  })
}
