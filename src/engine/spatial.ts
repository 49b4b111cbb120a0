/** The spatial half of the engine: convolution, pooling, depth concatenation and geometry. */
export * from './geometry.ts'
export * from './ops/conv.ts'
export * from './ops/convTranspose.ts'
export * from './ops/pool.ts'
export * from './ops/lpPool.ts'
export * from './ops/depthConcat.ts'
export type { Pair, Padding2d, Padding2dArg, Padding1dArg } from './ops/spatialArgs.ts'
export type { ConvGeometry } from './ops/convKernel.ts'
