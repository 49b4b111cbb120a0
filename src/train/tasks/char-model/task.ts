/**
 * The character-level language model (issue #6, lesson 8): one recurrent layer and a readout learn
 * to predict each next character of "hello" repeated, of the sonnets, or of the learner's own text,
 * from random windows of `truncation` characters, cross-entropy at every step.
 */
import { crossEntropy } from '../../../engine/index.ts'
import { defineTask } from '../../defineTask.ts'
import { batchRandom, initRandom, sampleRandom } from '../../seeds.ts'
import type { TaskSettings } from '../../task.ts'
import { helloText, prepareText, randomWindows, validationWindows, type CharData } from './data.ts'
import {
  charModelMeta,
  checkCorpusText,
  CORPORA,
  normalizeText,
  SONNETS_ASSET,
  type Corpus,
} from './meta.ts'
import { CharNet, topOneAccuracy } from './net.ts'
import type { NextQuery, SampleQuery } from './queries.ts'
import { nextCharacters, sampleText } from './sample.ts'

/** The settings checked: a known corpus, and for "custom" a text that passes the size check. */
function checkSettings(raw: Readonly<Record<string, unknown>>): TaskSettings {
  const corpus = raw.corpus ?? charModelMeta.defaults.settings.corpus
  if (typeof corpus !== 'string' || !(CORPORA as readonly string[]).includes(corpus)) {
    throw new RangeError(`There is no corpus "${String(corpus)}": choose ${CORPORA.join(', ')}.`)
  }
  if (corpus !== 'custom') return { corpus, text: '' }
  const text = typeof raw.text === 'string' ? normalizeText(raw.text) : ''
  const why = checkCorpusText(text)
  if (why) throw new RangeError(why)
  return { corpus, text }
}

/** The text of a corpus: generated, fetched from the packed sonnets, or the learner's own. */
async function corpusText(
  corpus: Corpus,
  text: string,
  fetchAsset: (path: string) => Promise<Uint8Array>,
): Promise<string> {
  if (corpus === 'hello') return helloText()
  if (corpus === 'custom') return text
  return normalizeText(new TextDecoder('utf-8').decode(await fetchAsset(SONNETS_ASSET)))
}

/** The task the trainer runs. */
export const charModelTask = defineTask<CharData>({
  ...charModelMeta,
  checkSettings,
  async load(fetchAsset, settings) {
    return prepareText(
      await corpusText(settings.corpus as Corpus, String(settings.text), fetchAsset),
    )
  },
  build({ hyper, seed, data }) {
    const net = new CharNet(data.vocab.length, hyper.cell, hyper.hidden, initRandom(seed))
    const held = validationWindows(data.validation, hyper.truncation)
    const facts = { vocab: data.vocab, start: data.train[0], heldOut: data.heldOut }
    return {
      parameters: () => net.parameters(),
      trainLoss(step) {
        const rng = batchRandom(seed, step)
        const batch = randomWindows(data.train, hyper.truncation, hyper.batchSize, rng)
        const { logits } = net.forward(batch.inputs, batch.batch)
        return {
          loss: crossEntropy(logits, batch.targets),
          accuracy: topOneAccuracy(logits, batch.targets),
        }
      },
      validate() {
        const { logits } = net.forward(held.inputs, held.batch)
        return {
          loss: crossEntropy(logits, held.targets).item(),
          accuracy: topOneAccuracy(logits, held.targets),
        }
      },
      inspect(query, step) {
        if (query.kind === 'sample') {
          const q = query as Partial<SampleQuery>
          return sampleText(net, facts, q, sampleRandom(seed, step))
        }
        if (query.kind === 'next') {
          return nextCharacters(net, facts, query as Partial<NextQuery>)
        }
        throw new RangeError(
          `The character model answers "sample" and "next" queries, not "${String(query.kind)}".`,
        )
      },
    }
  },
})
