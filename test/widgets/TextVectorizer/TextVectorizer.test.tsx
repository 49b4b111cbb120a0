import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLearner } from '../../../src/app/learner.ts'
import { WidgetHost } from '../../../src/widgets/host/WidgetHost.tsx'
import { MAX_CHARS } from '../../../src/widgets/TextVectorizer/presets.ts'
import { findWidget } from '../../../src/widgets/registry.ts'

const definition = findWidget('text-vectorizer')!

async function setup(raw: Record<string, unknown> = {}) {
  const view = render(<WidgetHost definition={definition} raw={raw} source="lesson" />)
  await screen.findByLabelText('Sentence 1', {}, { timeout: 5000 })
  return view
}

// The cells of one count row, as text.
const row = (n: number) =>
  within(screen.getByTestId(`counts-${n}`))
    .getAllByRole('cell')
    .map((c) => c.textContent)
const header = () =>
  within(screen.getByTestId('count-table'))
    .getAllByRole('columnheader')
    .map((c) => c.textContent)

beforeEach(() => useLearner.setState({ visits: {}, solved: {}, edits: {} }))

describe('TextVectorizer', () => {
  it("shows the lecture's count vectors with the vocabulary in order of appearance", async () => {
    await setup()
    expect(header()).toEqual(['#', 'the', 'cat', 'sat', 'on', 'hat', 'dog', 'ate', 'and', 'Σ'])
    // counts, then the number of words
    expect(row(1)).toEqual(['2', '1', '1', '1', '1', '0', '0', '0', '6'])
    expect(row(2)).toEqual(['3', '1', '0', '0', '1', '1', '1', '1', '8'])
  })

  it('updates the vectors as a sentence is typed', async () => {
    await setup()
    const field = screen.getByLabelText('Sentence 3')
    await userEvent.type(field, 'A cat, a HAT')
    expect(header()).toContain('a')
    // vocabulary grows by one word, "a", at the end
    expect(row(3)).toEqual(['0', '1', '0', '0', '1', '0', '0', '0', '2', '4'])
  })

  it('notes when reordered words give identical vectors', async () => {
    await setup({ example: 'dog-bites-man' })
    expect(screen.getByRole('status')).toHaveTextContent(
      'Sentences 1 and 2 get identical vectors although their words come in a different order',
    )
    expect(row(1)).toEqual(row(2))
    // keeping case separates "Dog" from "dog", so the note goes
    await userEvent.click(screen.getByRole('checkbox', { name: 'lower-case first' }))
    expect(screen.queryByRole('status')).toBeNull()
    expect(row(1)).not.toEqual(row(2))
  })

  it('switches to one-hot characters of a chosen sentence', async () => {
    await setup({ example: 'hello' })
    await userEvent.click(screen.getByRole('button', { name: 'One-hot characters' }))
    const grid = screen.getByTestId('char-grid')
    const rowHeads = within(grid)
      .getAllByRole('rowheader')
      .map((c) => c.textContent)
    expect(rowHeads).toEqual(['h', 'e', 'l', 'o'])
    // every column (step) holds exactly one 1
    const cells = within(grid).getAllByRole('cell')
    expect(cells).toHaveLength(4 * 5)
    expect(cells.filter((c) => c.textContent === '1')).toHaveLength(5)
    await userEvent.click(screen.getByRole('button', { name: 'Sentence 2' }))
    expect(
      within(screen.getByTestId('char-grid'))
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['h', 'e', 'l', 'o', '␣'])
    await userEvent.click(screen.getByRole('button', { name: 'Bag of words' }))
    expect(screen.getByTestId('count-table')).toBeInTheDocument()
  })

  it('refuses an over-long sentence with a message and keeps its last fitting version', async () => {
    await setup({ example: 'dog-bites-man' })
    const field = screen.getByLabelText('Sentence 1')
    await userEvent.clear(field)
    await userEvent.type(field, 'z'.repeat(MAX_CHARS))
    expect(row(1)[0]).toBe('1')
    await userEvent.type(field, 'z')
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Sentence 1 has ${MAX_CHARS + 1} characters; the limit is ${MAX_CHARS}`,
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveValue('z'.repeat(MAX_CHARS + 1))
    expect(header()[1]).toBe('z'.repeat(MAX_CHARS))
    await userEvent.type(field, '{Backspace}')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows a plain-text notice for garbage params and still works', async () => {
    await setup({ example: '<img src=x onerror=alert(1)>', view: NaN, lowercase: 'maybe' })
    expect(document.querySelector('img')).toBeNull()
    expect(row(1)).toEqual(['2', '1', '1', '1', '1', '0', '0', '0', '6'])
  })
})
