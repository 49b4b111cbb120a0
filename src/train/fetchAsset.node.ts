/** Assets for tasks run in Node (tests, bench): public/<path> read from disk. */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { FetchAsset } from './task.ts'

const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url))

/** Reads public/<path>; refuses paths that climb out of public/. */
export const fetchAssetFromDisk: FetchAsset = async (path) => {
  if (path.split('/').includes('..')) throw new RangeError(`asset path "${path}" leaves public/`)
  return new Uint8Array(await readFile(PUBLIC + path))
}
