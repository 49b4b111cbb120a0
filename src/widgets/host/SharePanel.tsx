import { useState } from 'react'
import type { Schema } from '../params.ts'
import { findLesson } from '../../lesson/catalog.ts'
import { useLesson } from '../../lesson/context.ts'
import { download, figureSvg, svgToPng } from './exportFigure.ts'
import { captureSteps, stripPng } from './stepStrip.ts'
import { appBase, iframeSnippet } from './share.ts'

/** Copies text, falling back to selecting it when the clipboard is refused (http, old browsers). */
async function copy(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    field?.focus()
    field?.select()
    return false
  }
}

function CopyField({ label, text, rows }: { label: string; text: string; rows: number }) {
  const [state, setState] = useState<'idle' | 'copied' | 'selected'>('idle')
  const [field, setField] = useState<HTMLTextAreaElement | null>(null)
  return (
    <div className="share__field">
      <label>
        <span className="share__label">{label}</span>
        <textarea ref={setField} readOnly rows={rows} value={text} spellCheck={false} />
      </label>
      <button
        type="button"
        className="button button--quiet"
        onClick={async () => setState((await copy(text, field)) ? 'copied' : 'selected')}
      >
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span className="share__status" role="status">
        {state === 'selected' ? 'Selected: press Ctrl+C (⌘C) to copy.' : ''}
      </span>
    </div>
  )
}

/**
 * "Share / embed" for one widget: a link to exactly what is on screen now, and an iframe snippet
 * an author can paste into a course page or blog as it is.
 */
export function SharePanel({
  hash,
  title,
  height,
  schema,
  picture,
  stepper,
}: {
  /** The embed route of the current state, e.g. "#/embed/conv-stepper?stride=2". */
  hash: string
  title: string
  /** The widget's drawn height in CSS pixels, for the iframe. */
  height: number
  /** The widget's schema: names and labels of the controls a classroom link may hide. */
  schema: Schema
  /** The drawn widget, for "save as picture". */
  picture: () => HTMLElement | null
  /** For steppers: the current step and a way to move it, for the strip of every step. */
  stepper?: { step: number; go: (step: number) => void }
}) {
  const [classroom, setClassroom] = useState(false)
  const [chosen, setChosen] = useState<string[]>([])
  // Controls the widget marks one by one can be hidden one by one; the others only all together.
  const [marked] = useState(() => {
    const names = new Set(
      Array.from(
        picture()?.querySelectorAll<HTMLElement>('[data-param]') ?? [],
        (el) => el.dataset.param,
      ),
    )
    return schema.filter((s) => names.has(s.name))
  })
  const hideQuery = !classroom
    ? ''
    : chosen.length > 0
      ? `hide=${chosen.join(',')}`
      : 'controls=hide'
  const shared = hideQuery ? `${hash}${hash.includes('?') ? '&' : '?'}${hideQuery}` : hash
  const url = `${appBase(window.location)}${shared}`
  const lesson = findLesson(useLesson().slug)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const credit = `${lesson ? `${lesson.title} · ` : ''}${title} · Unfold · ${appBase(window.location)}`
  const name = `unfold-${hash.split('/')[2]?.split('?')[0] ?? 'widget'}`
  const save = async (kind: 'svg' | 'png' | 'strip') => {
    const el = picture()
    if (!el) return
    setProblem(null)
    setBusy(true)
    try {
      if (kind === 'strip' && stepper) {
        const frames = await captureSteps(picture, stepper.go, stepper.step, credit)
        download(await stripPng(frames), `${name}-steps.png`)
        return
      }
      const svg = figureSvg(el, credit)
      const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg)
      download(blob, `${name}.${kind}`)
    } catch (e) {
      setProblem(`The picture could not be made: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="share" role="group" aria-label={`Share or embed ${title}`}>
      <label className="share__option">
        <input
          type="checkbox"
          checked={classroom}
          onChange={(e) => setClassroom(e.target.checked)}
        />
        Hide the settings (a classroom link: students see the widget, not its knobs)
      </label>
      {classroom && marked.length > 0 && (
        <fieldset className="share__hide">
          <legend>Hide only these (none ticked: hide all)</legend>
          {marked.map((spec) => (
            <label key={spec.name}>
              <input
                type="checkbox"
                checked={chosen.includes(spec.name)}
                onChange={(e) =>
                  setChosen(
                    marked
                      .map((m) => m.name)
                      .filter((n) => (n === spec.name ? e.target.checked : chosen.includes(n))),
                  )
                }
              />
              {spec.label}
            </label>
          ))}
        </fieldset>
      )}
      <CopyField label="Link to this state" text={url} rows={2} />
      <CopyField label="Embed in a page (HTML)" text={iframeSnippet(url, title, height)} rows={3} />
      <p className="share__save">
        <span className="share__label">Save a picture</span>
        <button type="button" className="button button--quiet" onClick={() => save('svg')}>
          SVG
        </button>
        <button type="button" className="button button--quiet" onClick={() => save('png')}>
          PNG
        </button>
        {stepper ? (
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => save('strip')}
          >
            {busy ? 'Drawing the steps…' : 'Every step as a PNG strip'}
          </button>
        ) : null}
        {problem ? <span role="alert">{problem}</span> : null}
      </p>
      <p className="share__note">
        Both carry the settings you see now.{' '}
        <a href={shared} target="_blank" rel="noopener">
          Open it alone
        </a>
        .
      </p>
    </div>
  )
}
