import { Tex } from '../../viz/Tex.tsx'
import { GATE_COLOR, type Section } from './gatedTex.ts'

/** The shown sections of a gated step, each a heading, its formulas and plain-words notes. */
export function GatedWorking({ sections, numbered }: { sections: Section[]; numbered: string[] }) {
  // Stages repeat a gate's note where it matters; shown together, each note appears once.
  const seen = new Set<string>()
  const fresh = (note: string) => !seen.has(note) && !!seen.add(note)
  return (
    <div className="rnn-step__stagework" aria-live="polite">
      {sections.map((s) => (
        <section key={s.id} className="rnn-step__section" data-stage={s.id}>
          <h4 className="rnn-step__heading">
            {numbered.indexOf(s.id) + 1}. {s.title}
          </h4>
          {s.lines.map((line, k) =>
            line.label ? (
              <div key={k} role="math" aria-label={line.label}>
                <Tex tex={line.tex} display />
              </div>
            ) : (
              <Tex key={k} tex={line.tex} display />
            ),
          )}
          {s.notes.filter(fresh).map((note) => (
            <Note key={note} text={note} />
          ))}
        </section>
      ))}
    </div>
  )
}

// A note about one gate starts with its letter: set it bold in the gate's colour, as in the formulas.
function Note({ text }: { text: string }) {
  const m = /^([a-z]) /.exec(text)
  return (
    <p className="rnn-step__note">
      {m && m[1] in GATE_COLOR ? (
        <>
          <strong className={`rnn-step__gate--${m[1]}`}>{m[1]}</strong>
          {text.slice(1)}
        </>
      ) : (
        text
      )}
    </p>
  )
}
