/**
 * For component tests of training widgets: jsdom has no Worker, so every trainer in the file runs
 * the same endpoint in process. Generated tasks need no assets; others read public/ from disk.
 */
import { afterAll, beforeAll } from 'vitest'
import { fetchAssetFromDisk } from '../../src/train/fetchAsset.node.ts'
import { inProcessWorker } from '../../src/train/inProcessWorker.ts'
import { setTrainerWorkerFactory } from '../../src/train/workerLike.ts'

/** Installs the in-process trainer for the test file (call at module level). */
export function trainInProcess(): void {
  let restore = () => {}
  beforeAll(() => {
    restore = setTrainerWorkerFactory(() => inProcessWorker(fetchAssetFromDisk))
  })
  afterAll(() => restore())
}
