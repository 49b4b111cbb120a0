/** Assets for tasks run in Node (tests, bench): public/<path> read from disk. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FetchAsset } from './task.ts'

// From the working directory (the repository root for npm scripts and Vitest): in jsdom,
// import.meta.url is not a file: URL.
const PUBLIC = join(process.cwd(), 'public')

/** Reads public/<path>; refuses paths that climb out of public/. */
export const fetchAssetFromDisk: FetchAsset = async (path) => {
  if (path.split('/').includes('..')) throw new RangeError(`asset path "${path}" leaves public/`)
  return new Uint8Array(await readFile(join(PUBLIC, path)))
}
