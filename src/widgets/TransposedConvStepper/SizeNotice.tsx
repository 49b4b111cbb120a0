import type { TransposedFit } from '../../engine/index.ts'
import { Tex } from '../../viz/Tex.tsx'
import type { StampLayer } from './model.ts'
import { sizeTex } from './words.ts'

/** The output-size formula with live numbers, and in plain words why a layer does not compute. */
export function SizeNotice({ layer, fit }: { layer: StampLayer; fit: TransposedFit }) {
  return (
    <div className="conv-fit">
      <div
        className="conv-fit__formula"
        tabIndex={0}
        role="region"
        aria-label="Output size formula"
      >
        <Tex tex={sizeTex(layer, fit)} />
      </div>
      {fit.errors.length > 0 ? (
        <div className="conv-fit__error" role="alert">
          <strong>No output: </strong>
          {fit.errors.join('; ')}. Pad less, use a larger kernel or stride, or lower the output
          padding.
        </div>
      ) : null}
    </div>
  )
}
