import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { ColorLegend } from '../../viz/ColorLegend.tsx'
// The colour legend's styles live with the grid's; this widget uses legends but no NumberGrid.
import '../../viz/grid.css'
import { sequentialColor } from '../../viz/colors.ts'
import type { WidgetProps } from '../types.ts'
import { CharGrid } from './CharGrid.tsx'
import { CountTable } from './CountTable.tsx'
import { bagOfWords, charEncoding, sameVectorPairs, WORD_RULE } from './model.ts'
import { PRESETS, type PresetName } from './presets.ts'
import { SentenceFields } from './SentenceFields.tsx'
import {
  createVectorizerStore,
  selectCharIndex,
  selectErrors,
  selectPickChars,
  selectSentences,
  selectTexts,
  selectType,
} from './store.ts'
import './vectorizer.css'

const oneHotColor = sequentialColor(1)

/** Text vectorizer: typed sentences as bag-of-words count vectors, or one as one-hot characters. */
export default function TextVectorizer({ params, setParams }: WidgetProps) {
  const example = params.example as PresetName
  // A new preset (from a link or the lesson) starts a fresh store; typing edits this one.
  return <VectorizerBody key={example} example={example} params={params} setParams={setParams} />
}

function VectorizerBody({ example, params, setParams }: WidgetProps & { example: PresetName }) {
  const [store] = useState(() => createVectorizerStore(PRESETS[example]))
  const texts = useStore(store, selectTexts)
  const sentences = useStore(store, selectSentences)
  const errors = useStore(store, selectErrors)
  const charIndex = useStore(store, selectCharIndex)
  const type = useStore(store, selectType)
  const pickChars = useStore(store, selectPickChars)
  const lowercase = params.lowercase as boolean
  const view = params.view as 'words' | 'chars'
  // Empty fields get no row; `rows` remembers which field each row came from.
  const { rows, bag } = useMemo(() => {
    const rows = sentences.flatMap((s, i) => (s.trim() ? [i] : []))
    return {
      rows,
      bag: bagOfWords(
        rows.map((i) => sentences[i]),
        lowercase,
      ),
    }
  }, [sentences, lowercase])
  const chars = useMemo(
    () => charEncoding(sentences[charIndex], lowercase),
    [sentences, charIndex, lowercase],
  )
  const maxCount = Math.max(1, ...bag.counts.flat())
  const countColor = sequentialColor(maxCount)
  const same = sameVectorPairs(bag)

  return (
    <div className="tv">
      <SentenceFields texts={texts} errors={errors} onType={type} />
      <div className="tv__options" data-controls>
        <div className="tv__group" role="group" aria-label="Encoding">
          {(['words', 'chars'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setParams({ view: v })}
            >
              {v === 'words' ? 'Bag of words' : 'One-hot characters'}
            </button>
          ))}
        </div>
        {view === 'chars' ? (
          <div className="tv__group" role="group" aria-label="Sentence to encode">
            <span aria-hidden="true">of sentence</span>
            {sentences.map((_, i) => (
              <button
                key={i}
                type="button"
                aria-pressed={charIndex === i}
                aria-label={`Sentence ${i + 1}`}
                onClick={() => pickChars(i)}
              >
                {i + 1}
              </button>
            ))}
          </div>
        ) : null}
        <label className="tv__check">
          <input
            type="checkbox"
            checked={lowercase}
            onChange={(e) => setParams({ lowercase: e.target.checked })}
          />
          lower-case first
        </label>
      </div>
      {view === 'words' ? (
        <>
          <div className="tv__info">
            <p className="tv__rule">
              {lowercase ? 'Text is lower-cased, then split. ' : 'Case is kept, then split. '}
              {WORD_RULE} Vocabulary: {bag.vocab.length} words, in order of first appearance; Σ
              counts a sentence's words.
            </p>
            <ColorLegend color={countColor} min={0} max={maxCount} label="count" />
          </div>
          {bag.vocab.length ? (
            <CountTable bag={bag} rows={rows} color={countColor} />
          ) : (
            <p className="tv__empty">No words yet: type a sentence above.</p>
          )}
          {same.map(({ a, b }) => (
            <p className="tv__same" key={`${a}-${b}`} role="status">
              Sentences {rows[a] + 1} and {rows[b] + 1} get <strong>identical</strong> vectors
              although their words come in a different order: a bag of words forgets order.
            </p>
          ))}
        </>
      ) : (
        <>
          <div className="tv__info">
            <p className="tv__rule">
              Every character is one step, the space (␣) included. Vocabulary: {chars.vocab.length}{' '}
              characters, in order of first appearance; each column has a single 1.
            </p>
            <ColorLegend color={oneHotColor} min={0} max={1} label="one-hot" />
          </div>
          {chars.chars.length ? (
            <CharGrid {...chars} color={oneHotColor} />
          ) : (
            <p className="tv__empty">Sentence {charIndex + 1} is empty.</p>
          )}
        </>
      )}
    </div>
  )
}
