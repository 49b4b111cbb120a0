import { useId, useMemo, type ChangeEvent } from 'react'
import { CUSTOM_LIMITS } from '../../train/tasks/char-model/meta.ts'
import { checkDraft, fileSizeProblem } from './model.ts'
import { useCharModel } from './store.ts'

/** Paste or upload a text, see whether it fits, and train on it. */
export function CustomText() {
  const id = useId()
  const draft = useCharModel((s) => s.draft)
  const fileName = useCharModel((s) => s.fileName)
  const fileProblem = useCharModel((s) => s.fileProblem)
  const applied = useCharModel((s) => s.text)
  const setDraft = useCharModel((s) => s.setDraft)
  const setFileProblem = useCharModel((s) => s.setFileProblem)
  const apply = useCharModel((s) => s.apply)
  const check = useMemo(() => checkDraft(draft), [draft])
  const problem = fileProblem ?? (draft === '' && applied === '' ? null : check.problem)
  const current = check.text === applied

  const readFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    // Refused by size before a byte is read, so a huge file cannot stall the page.
    const tooBig = fileSizeProblem(file.size)
    if (tooBig) return setFileProblem(tooBig)
    file.text().then(
      (text) => setDraft(text, file.name),
      () => setFileProblem(`“${file.name}” could not be read as text.`),
    )
  }

  return (
    <section className="charmodel__custom" aria-label="Your own text" data-controls>
      <p className="charmodel__privacy">
        Your text stays in this page: it is not part of the link or the URL, so a shared link will
        not carry it, and it is gone when you reload.
      </p>
      <label htmlFor={`${id}-text`}>
        Paste a text (at most {CUSTOM_LIMITS.maxChars.toLocaleString('en')} characters)
      </label>
      <textarea
        id={`${id}-text`}
        value={draft}
        rows={5}
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-status`}
        onChange={(e) => setDraft(e.target.value)}
      />
      <div className="charmodel__custom-actions">
        <label className="charmodel__file">
          Or upload a text file
          <input type="file" accept=".txt,text/plain" onChange={readFile} />
        </label>
        <button
          type="button"
          disabled={problem !== null || draft === '' || current}
          onClick={() => apply(check.text)}
        >
          {current && applied !== '' ? 'Training on this text' : 'Train on this text'}
        </button>
      </div>
      <p
        id={`${id}-status`}
        className={problem ? 'charmodel__problem' : 'charmodel__status'}
        role="status"
      >
        {problem ??
          (draft === ''
            ? 'Paste or upload a text, then choose “Train on this text”.'
            : `${fileName ? `${fileName}: ` : ''}${check.chars.toLocaleString('en')} characters, ${check.distinct} different.`)}
      </p>
    </section>
  )
}
