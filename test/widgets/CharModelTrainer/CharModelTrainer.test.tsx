import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { inProcessWorker } from '../../../src/train/inProcessWorker.ts'
import { charModelMeta } from '../../../src/train/tasks/char-model/meta.ts'
import type { SampleAnswer } from '../../../src/train/tasks/char-model/queries.ts'
import { charModelTask } from '../../../src/train/tasks/char-model/task.ts'
import { Trainer } from '../../../src/train/trainer.ts'
import { setTrainerWorkerFactory } from '../../../src/train/workerLike.ts'
import { MAX_FILE_BYTES } from '../../../src/widgets/CharModelTrainer/model.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { findWidget } from '../../../src/widgets/registry.ts'

configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 30_000 })

const definition = findWidget('char-model-trainer')!
// public/ read from disk (jsdom's import.meta.url is not a file URL, so fetchAsset cannot find it).
const fetchAsset = async (path: string) =>
  new Uint8Array(await readFile(join(process.cwd(), 'public', path)))
let restore: () => void
beforeAll(() => {
  restore = setTrainerWorkerFactory(() => inProcessWorker(fetchAsset))
})
afterAll(() => restore())
beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

/** The same run in Node, `steps` steps in, asked the same sample query. */
async function expectedSample(steps: number, query: object) {
  const trainer = await Trainer.create(
    charModelTask,
    { ...charModelMeta.defaults, seed: 1 },
    fetchAsset,
  )
  for (let k = 0; k < steps; k++) trainer.stepOnce()
  return trainer.inspect({ kind: 'sample', ...query }) as SampleAnswer
}

const sampleBox = () => screen.findByLabelText(/^Sample after step/)

describe('CharModelTrainer', () => {
  it('shows the engine’s sample at the step it names, before and after a step', async () => {
    render(<WidgetHost definition={definition} raw={{ prime: 'hel' }} source="lesson" />)
    const query = { prime: 'hel', temperature: 0.8, length: 200 }
    await waitFor(async () =>
      expect((await sampleBox()).getAttribute('aria-label')).toBe('Sample after step 0'),
    )
    expect((await sampleBox()).textContent).toBe('hel' + (await expectedSample(0, query)).text)
    expect(screen.getByText(/V = 4 characters:/).textContent).toContain(Math.log(4).toFixed(3))
    await userEvent.click(await screen.findByRole('button', { name: 'Step' }))
    await waitFor(async () =>
      expect((await sampleBox()).getAttribute('aria-label')).toBe('Sample after step 1'),
    )
    expect((await sampleBox()).textContent).toBe('hel' + (await expectedSample(1, query)).text)
  })

  it('samples greedily at temperature 0 and reports prime characters it has never seen', async () => {
    render(<WidgetHost definition={definition} raw={{}} source="lesson" />)
    await sampleBox()
    fireEvent.change(screen.getByLabelText('Temperature'), { target: { value: '0' } })
    expect(screen.getByText(/greedy: always the likeliest/)).toBeTruthy()
    await userEvent.type(screen.getByLabelText('Priming text'), 'hex!')
    await screen.findByText(/Skipped "x", "!"/)
    await waitFor(async () => {
      const expected = await expectedSample(0, { prime: 'hex!', temperature: 0, length: 200 })
      expect((await sampleBox()).textContent).toBe('he' + expected.text)
    })
    expect(screen.getByText(/, greedy/)).toBeTruthy()
  })

  it('trains on a pasted text only once it passes the size check, and keeps it out of the link', async () => {
    const user = userEvent.setup()
    render(<WidgetHost definition={definition} raw={{}} source="lesson" persistKey="mine" />)
    await sampleBox()
    await user.click(screen.getByRole('radio', { name: 'Your own text' }))
    expect(screen.getByText(/not part of the link or the URL/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Step' })).toBeNull()
    const box = screen.getByLabelText(/Paste a text/)
    await user.type(box, 'aaaa')
    expect(screen.getByText(/at least two different characters/)).toBeTruthy()
    expect(
      (screen.getByRole('button', { name: 'Train on this text' }) as HTMLButtonElement).disabled,
    ).toBe(true)
    await user.clear(box)
    await user.type(box, 'abba cab')
    expect(screen.getByText('8 characters, 4 different.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Train on this text' }))
    await screen.findByRole('button', { name: 'Step' })
    await screen.findByText(/V = 4 characters:/)
    expect(screen.getByText(/too short to hold a part out/)).toBeTruthy()
    const sample = (await sampleBox()).textContent!
    expect(Array.from(sample).every((c) => 'abc '.includes(c))).toBe(true)
    // The saved edits (what a reload or a link restores) hold the corpus choice, never the text.
    expect(useLearner.getState().edits.mine).toMatchObject({ corpus: 'custom' })
    expect(JSON.stringify(useLearner.getState().edits)).not.toContain('abba')
  })

  it('reads an uploaded text file and refuses an oversized one before reading it', async () => {
    const user = userEvent.setup()
    render(<WidgetHost definition={definition} raw={{ corpus: 'custom' }} source="lesson" />)
    const input = await screen.findByLabelText('Or upload a text file')
    await user.upload(input, new File(['to be or not to be'], 'hamlet.txt', { type: 'text/plain' }))
    await screen.findByText('hamlet.txt: 18 characters, 7 different.')
    expect((screen.getByLabelText(/Paste a text/) as HTMLTextAreaElement).value).toBe(
      'to be or not to be',
    )
    const big = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'big.txt', { type: 'text/plain' })
    await user.upload(input, big)
    await screen.findByText(/MB.*shorter excerpt/)
  })
})
