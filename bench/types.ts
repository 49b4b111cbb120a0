/**
 * One benchmark case: the same work done by the engine and by each TensorFlow.js backend.
 * `setup` runs once per implementation before timing; the returned function is the timed op.
 */
export interface BenchCase {
  name: string
  engine: () => () => void
  tfjs: (tf: typeof import('@tensorflow/tfjs-core')) => () => void
}
