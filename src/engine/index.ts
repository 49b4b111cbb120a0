/** The engine's public API: tensors, ops, cells, optimizers, init and (from spatial.ts) conv/pool. */
export * from './tensor.ts'
export { Random } from './random.ts'
export {
  activations,
  sigmoidGrad,
  tanhGrad,
  reluGrad,
  leakyReluGrad,
  type Activation,
  type ActivationName,
} from './activations.ts'
export { errata, type Erratum } from './errata.ts'
export * from './ops/elementwise.ts'
export * from './ops/matmul.ts'
export * from './ops/reduce.ts'
export * from './ops/unary.ts'
export * from './ops/softmax.ts'
export * from './ops/loss.ts'
export * from './ops/shape.ts'
export * from './ops/dropout.ts'
export * from './ops/norm.ts'
export { broadcastShapes } from './ops/broadcast.ts'
export * from './spatial.ts'
export * from './nn/module.ts'
export * from './nn/linear.ts'
export * from './nn/input.ts'
export * from './nn/rnnFused.ts'
export * from './nn/lstmFused.ts'
export * from './nn/gruFused.ts'
export * from './nn/rnn.ts'
export * from './nn/lstm.ts'
export * from './nn/gru.ts'
export * from './nn/bptt.ts'
export * from './optim.ts'
export * as init from './init.ts'
export {
  calculateGain,
  kaimingNormal,
  kaimingUniform,
  xavierNormal,
  xavierUniform,
} from './init.ts'
