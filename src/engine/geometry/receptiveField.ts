/**
 * Receptive field of a stack of sliding-window layers along one dimension, by the recurrence
 *
 *   r_out = r_in + (k - 1) * d * j_in      (how many input cells one output cell sees)
 *   j_out = j_in * s                       (input cells between neighbouring output cells)
 *   start_out = start_in + ((k - 1) * d / 2 - p) * j_in
 *
 * where start is the input coordinate of the centre of the first output cell's field (pixel i has
 * its centre at i, so a negative or fractional start means the field is centred in the padding or
 * between two pixels).
 */

/** One layer as the recurrence sees it (pooling layers count too: they are windows). */
export interface FieldLayer {
  kernel: number
  stride?: number
  padding?: number
  dilation?: number
}

/** Receptive field size, jump and start offset after a layer. */
export interface FieldState {
  receptiveField: number
  jump: number
  start: number
}

/** The input itself: every cell sees one cell, neighbours one apart, the first centred at 0. */
export const inputField: FieldState = Object.freeze({ receptiveField: 1, jump: 1, start: 0 })

/** The field after one more layer. */
export function fieldStep(prev: FieldState, layer: FieldLayer): FieldState {
  const { kernel: k, stride: s = 1, padding: p = 0, dilation: d = 1 } = layer
  for (const [what, v, min] of [
    ['kernel', k, 1],
    ['stride', s, 1],
    ['dilation', d, 1],
    ['padding', p, 0],
  ] as const) {
    if (!Number.isInteger(v) || v < min) {
      throw new RangeError(`receptive field: ${what} must be a whole number >= ${min}, got ${v}`)
    }
  }
  return {
    receptiveField: prev.receptiveField + (k - 1) * d * prev.jump,
    jump: prev.jump * s,
    start: prev.start + (((k - 1) * d) / 2 - p) * prev.jump,
  }
}

/** The field after each layer of a stack, in order (the input's own state not included). */
export function receptiveField(
  layers: readonly FieldLayer[],
  from: FieldState = inputField,
): FieldState[] {
  const states: FieldState[] = []
  let state = from
  for (const layer of layers) {
    state = fieldStep(state, layer)
    states.push(state)
  }
  return states
}
