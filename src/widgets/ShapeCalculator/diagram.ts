/**
 * The volume sketch as data: input, one filter and output as oblique boxes, their sides on a log
 * scale (32 and 224 wide both fit) so the picture says "bigger" and "deeper" without lying in
 * numbers: the exact sizes are printed on every box.
 */

/** One box: front face at (x, y), w x h, receding by `depth` up and to the right. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
  depth: number
  label: string
  caption: string
}

/** The three visible faces of a box as SVG polygon point lists. */
export function faces(b: Box): { front: string; top: string; side: string } {
  const d = b.depth * 0.7
  const pt = (x: number, y: number) => `${x.toFixed(1)},${y.toFixed(1)}`
  const { x, y, w, h } = b
  return {
    front: [pt(x, y), pt(x + w, y), pt(x + w, y + h), pt(x, y + h)].join(' '),
    top: [pt(x, y), pt(x + d, y - d), pt(x + w + d, y - d), pt(x + w, y)].join(' '),
    side: [pt(x + w, y), pt(x + w + d, y - d), pt(x + w + d, y + h - d), pt(x + w, y + h)].join(
      ' ',
    ),
  }
}

const spatial = (n: number) => 10 + 70 * (Math.log2(1 + n) / Math.log2(1025))
const deep = (n: number) => 4 + 46 * (Math.log2(1 + n) / Math.log2(4097))

/** Drawing width, the baseline boxes stand on, and room for labels under it. */
export const DIAGRAM = { width: 560, base: 140, below: 34 }

/** The top of the drawing (the tallest box's back edge), so the viewBox wastes no space above it. */
export function diagramTop(boxes: Box[]): number {
  return Math.min(...boxes.map((b) => b.y - b.depth * 0.7)) - 6
}

/** Where the arrows run: halfway up the shortest box, so they point at every box. */
export function arrowY(boxes: Box[]): number {
  return DIAGRAM.base - Math.min(...boxes.map((b) => b.h)) / 2
}

/** Input, filter and output boxes laid out left to right on a common baseline. */
export function volumeBoxes(
  input: [number, number, number],
  kernel: number,
  output: [number, number, number] | null,
): Box[] {
  const box = (x: number, [w, h, d]: [number, number, number], label: string, caption: string) => {
    const bw = spatial(w)
    const bh = spatial(h)
    return { x, y: DIAGRAM.base - bh, w: bw, h: bh, depth: deep(d), label, caption }
  }
  const boxes = [
    box(20, input, `${input[0]}×${input[1]}×${input[2]}`, 'input'),
    box(210, [kernel, kernel, input[2]], `${kernel}×${kernel}×${input[2]}`, 'one filter'),
  ]
  if (output) boxes.push(box(380, output, `${output[0]}×${output[1]}×${output[2]}`, 'output'))
  return boxes
}
