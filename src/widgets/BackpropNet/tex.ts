/**
 * Each phase of the network written out with its live numbers (KaTeX source). Pure strings over
 * the model, so they are unit-tested; the numbers are the engine's, never recomputed here.
 */
import { texFactor, texMatrix, texNumber, texRow } from '../RnnStep/tex.ts'
import type { Forward, NetModel } from './model.ts'
import type { PhaseId } from './schema.ts'

/** A vector as a row, or a plain number when it has one entry (the deck's single output). */
const vec = (v: readonly number[]) => (v.length === 1 ? texNumber(v[0]) : texRow(v))
/** A vector as a column (a transposed row), for outer products. */
const col = (v: readonly number[]) => texMatrix(v.map((x) => [x]))
const sigmas = (s: readonly number[]) =>
  s.length === 1
    ? String.raw`\sigma(${texNumber(s[0])})`
    : String.raw`\begin{pmatrix} ${s.map((v) => String.raw`\sigma(${texNumber(v)})`).join(' & ')} \end{pmatrix}`
const transposed = (m: readonly (readonly number[])[]) => m[0].map((_, j) => m.map((r) => r[j]))

/** lhs = rest… = result, with the result on a second line so long products fit a column. */
const broken = (head: string, result: string) =>
  String.raw`\begin{aligned} ${head.replace(' = ', ' &= ')} \\ &= ${result} \end{aligned}`

const D_DY = String.raw`\frac{\partial E}{\partial \hat{\mathbf{y}}}`
const D_DH = String.raw`\frac{\partial E}{\partial \mathbf{h}_1}`

/** ½ Σ (y − ŷ)² with every term visible, then its value. */
function lossTex(y: readonly number[], f: Forward, prime = ''): string {
  const terms = y.map((yk, k) => String.raw`(${texNumber(yk)} - ${texNumber(f.yhat[k])})^2`)
  const sum = terms.length === 1 ? terms[0] : String.raw`\left[${terms.join(' + ')}\right]`
  return String.raw`E${prime} = \tfrac{1}{2}\sum_k (y_k - \hat y${prime}_k)^2 = \tfrac{1}{2}${sum} = ${texNumber(f.loss)}`
}

/** σ′ = h(1 − h), entry by entry for one value, as a row otherwise. */
function slopeTex(name: string, h: readonly number[], slope: readonly number[]): string {
  const lhs = String.raw`\sigma'(\mathbf{s}_${name})`
  const out = name === '2' ? String.raw`\hat{\mathbf{y}}` : String.raw`\mathbf{h}_1`
  if (h.length === 1)
    return String.raw`${lhs} = ${out}(1 - ${out}) = ${texNumber(h[0])} \cdot (1 - ${texNumber(h[0])}) = ${texNumber(slope[0])}`
  return String.raw`${lhs} = ${out} \odot (1 - ${out}) = ${texRow(slope)}`
}

/** The display lines of one phase, in reading order. */
export function phaseTex(m: NetModel, phase: PhaseId): string[] {
  const { x, y, W1, W2 } = m.givens
  const f = m.forward
  const g = m.grads
  switch (phase) {
    case 'layer1':
      return [
        broken(
          String.raw`\mathbf{s}_1 = \mathbf{x}\,\Theta_1 = ${texRow(x)} ${texMatrix(W1)}`,
          texRow(f.s1),
        ),
        broken(String.raw`\mathbf{h}_1 = \sigma(\mathbf{s}_1) = ${sigmas(f.s1)}`, texRow(f.h1)),
      ]
    case 'layer2':
      return [
        broken(
          String.raw`\mathbf{s}_2 = \mathbf{h}_1\Theta_2 = ${texRow(f.h1)} ${texMatrix(W2)}`,
          vec(f.s2),
        ),
        String.raw`\hat{\mathbf{y}} = \sigma(\mathbf{s}_2) = ${sigmas(f.s2)} = ${vec(f.yhat)}`,
      ]
    case 'loss':
      return [lossTex(y, f)]
    case 'delta2':
      return [
        String.raw`${D_DY} = \hat{\mathbf{y}} - \mathbf{y} = ${vec(f.yhat)} - ${vec(y)} = ${vec(g.dYhat)}`,
        slopeTex('2', f.yhat, m.slope2),
        String.raw`\boldsymbol{\delta}_2 = \frac{\partial E}{\partial \mathbf{s}_2} = ${D_DY} \odot \sigma'(\mathbf{s}_2) = ${
          g.dYhat.length === 1
            ? `${texFactor(g.dYhat[0])} \\cdot ${texFactor(m.slope2[0])}`
            : `${texRow(g.dYhat)} \\odot ${texRow(m.slope2)}`
        } = ${vec(g.delta2)}`,
      ]
    case 'gradW2':
      return [
        String.raw`\frac{\partial E}{\partial \Theta_{2,jk}} = h_{1,j}\,\delta_{2,k}`,
        String.raw`\frac{\partial E}{\partial \Theta_2} = \mathbf{h}_1^{\top}\boldsymbol{\delta}_2 = ${col(f.h1)} ${
          g.delta2.length === 1 ? texFactor(g.delta2[0]) : texRow(g.delta2)
        } = ${texMatrix(g.gradW2)}`,
      ]
    case 'delta1':
      return [
        broken(
          String.raw`${D_DH} = \boldsymbol{\delta}_2\,\Theta_2^{\top} = ${
            g.delta2.length === 1 ? texFactor(g.delta2[0]) : texRow(g.delta2)
          } ${texMatrix(transposed(W2))}`,
          texRow(g.dH1),
        ),
        slopeTex('1', f.h1, m.slope1),
        String.raw`\boldsymbol{\delta}_1 = ${D_DH} \odot \sigma'(\mathbf{s}_1) = ${texRow(g.delta1)}`,
      ]
    case 'gradW1':
      return [
        String.raw`\frac{\partial E}{\partial \Theta_{1,ij}} = x_i\,\delta_{1,j}`,
        broken(
          String.raw`\frac{\partial E}{\partial \Theta_1} = \mathbf{x}^{\top}\boldsymbol{\delta}_1 = ${col(x)} ${texRow(g.delta1)}`,
          texMatrix(g.gradW1),
        ),
      ]
    case 'update': {
      const first = (which: '1' | '2', before: number, grad: number, after: number) =>
        String.raw`\Theta_{${which},11} \leftarrow ${texNumber(before)} - ${texNumber(m.lr)} \cdot ${texFactor(grad)} = ${texNumber(after)}`
      return [
        String.raw`\Theta \leftarrow \Theta - \gamma\,\frac{\partial E}{\partial \Theta}, \qquad \gamma = ${texNumber(m.lr)}`,
        first('1', W1[0][0], g.gradW1[0][0], m.W1[0][0]),
        first('2', W2[0][0], g.gradW2[0][0], m.W2[0][0]),
      ]
    }
    case 'after':
      return [
        String.raw`\hat{\mathbf{y}}' = \sigma\bigl(\sigma(\mathbf{x}\,\Theta_1')\,\Theta_2'\bigr) = ${vec(m.after.yhat)}`,
        lossTex(y, m.after, "'"),
        String.raw`E' - E = ${texNumber(m.after.loss)} - ${texNumber(f.loss)} = ${texNumber(m.change)}`,
      ]
  }
}
