/**
 * TensorFlow.js in Node for the benchmark: tfjs-core with the CPU backend and the WASM backend
 * (SIMD build), gradients registered. Only the bench and tests import tfjs; the engine never does.
 */
import * as tf from '@tensorflow/tfjs-core'
import '@tensorflow/tfjs-backend-cpu'
import '@tensorflow/tfjs-core/dist/register_all_gradients'
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'

/** The tfjs backends the bench compares against. */
export type Peer = 'cpu' | 'wasm'

let wasmReady = false

/** Switches tfjs to `peer`, loading the WASM binary from node_modules the first time. */
export async function switchBackend(peer: Peer): Promise<typeof tf> {
  if (peer === 'wasm' && !wasmReady) {
    const require = createRequire(import.meta.url)
    const dist = dirname(
      require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'),
    )
    setWasmPaths(join(dist, '/'))
    wasmReady = true
  }
  tf.enableProdMode()
  const ok = await tf.setBackend(peer)
  if (!ok) throw new Error(`tfjs backend '${peer}' failed to initialise`)
  await tf.ready()
  return tf
}
