import { formatNumber } from '../../lesson/format.ts'
import { Tex } from '../../viz/Tex.tsx'
import type { WidgetProps } from '../types.ts'
import { errataFor, paramsTex, shapeOf, sizeTex } from './model.ts'
import { NumberField } from './NumberField.tsx'
import { shapeCalculatorSchema, type LayerHyper } from './schema.ts'
import { VolumeDiagram } from './VolumeDiagram.tsx'
import './shape.css'
import '../../viz/tiles.css'

const count = (n: number) => n.toLocaleString('en-US')

/** Shape and parameter calculator: a layer's hyperparameters in, output volume and parameters out. */
export default function ShapeCalculator({ params, setParams }: WidgetProps) {
  const h = params as unknown as LayerHyper
  const r = shapeOf(h)
  const [w2, h2, d2] = r.output
  return (
    <div className="shape">
      <div className="shape-fields">
        {shapeCalculatorSchema.map((spec) =>
          spec.type === 'integer' ? (
            <NumberField
              key={spec.name}
              spec={spec}
              value={params[spec.name] as number}
              onCommit={(v) => setParams({ [spec.name]: v })}
            />
          ) : null,
        )}
        <label className="shape-check">
          <input
            type="checkbox"
            checked={h.bias}
            onChange={(e) => setParams({ bias: e.target.checked })}
          />
          bias
        </label>
      </div>
      <VolumeDiagram
        input={[h.width, h.height, h.depth]}
        kernel={h.kernel}
        output={r.valid ? r.output : null}
      />
      <div
        className="shape-tex"
        tabIndex={0}
        role="region"
        aria-label="Formulas with the numbers put in"
      >
        <Tex tex={sizeTex('W', h.width, h, r.fitW)} display />
        {h.width !== h.height ? <Tex tex={sizeTex('H', h.height, h, r.fitH)} display /> : null}
        <Tex tex={paramsTex(h, r.params)} display />
      </div>
      {r.errors.length > 0 ? (
        <p className="shape-error" role="alert">
          <strong>This layer cannot be applied: </strong>
          {r.errors.join('; ')}.
        </p>
      ) : null}
      {r.warnings.length > 0 ? (
        <p className="shape-warning" role="status">
          <strong>Does not fit exactly: </strong>
          {r.warnings.join('; ')}. PyTorch (and this engine) round down and skip those cells.
        </p>
      ) : null}
      {r.tip ? <p className="shape-tip">{r.tip}</p> : null}
      {errataFor(h).map((e) => (
        <p key={e.deck + e.where} className="shape-erratum">
          <strong>A slide says otherwise: </strong>
          {`deck ${e.deck}, ${e.where}, prints “${e.printed}”; it should read “${e.correct}”. ${e.explanation}`}
        </p>
      ))}
      <dl className="value-tiles value-tiles--auto" aria-live="polite">
        <div>
          <dt>output volume</dt>
          <dd>{r.valid ? `${w2}×${h2}×${d2}` : 'none'}</dd>
        </div>
        <div>
          <dt>weights</dt>
          <dd title={String(r.params.weights)}>{count(r.params.weights)}</dd>
        </div>
        <div>
          <dt>biases</dt>
          <dd>{count(r.params.biases)}</dd>
        </div>
        <div>
          <dt>parameters</dt>
          <dd className="shape-results__total">{count(r.params.total)}</dd>
        </div>
        <div>
          <dt>multiply-adds</dt>
          <dd title={count(r.macs)}>{r.valid ? formatNumber(r.macs, 3) : '–'}</dd>
        </div>
      </dl>
    </div>
  )
}
