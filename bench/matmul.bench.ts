/** Matrix product speed: the engine's i-k-j loops against tfjs, 64x64 and 256x256, forward only. */
import { matmul } from '../src/engine/ops/matmul.ts'
import { Random } from '../src/engine/random.ts'
import { Tensor } from '../src/engine/tensor.ts'
import type { BenchCase } from './types.ts'

function values(n: number, seed: number): number[] {
  const rng = new Random(seed)
  return Array.from({ length: n }, () => rng.uniform(-1, 1))
}

function matmulCase(n: number): BenchCase {
  return {
    name: `matmul ${n}x${n}`,
    engine: () => {
      const a = new Tensor(values(n * n, 1), [n, n])
      const b = new Tensor(values(n * n, 2), [n, n])
      return () => {
        matmul(a, b)
      }
    },
    tfjs: (tf) => {
      const a = tf.tensor2d(values(n * n, 1), [n, n])
      const b = tf.tensor2d(values(n * n, 2), [n, n])
      return () => {
        const c = tf.matMul(a, b)
        c.dataSync()
        c.dispose()
      }
    },
  }
}

/** The benchmark cases. */
export const cases: BenchCase[] = [matmulCase(64), matmulCase(256)]
