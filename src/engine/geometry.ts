/** Geometry of sliding windows: output sizes and fit, parameters, multiply-adds, receptive fields. */
export * from './geometry/window.ts'
export * from './geometry/params.ts'
export * from './geometry/receptiveField.ts'
export * from './geometry/stack.ts'
