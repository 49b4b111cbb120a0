/**
 * The schema entries of a training widget's hyperparameters and seed, so every trainer is a URL:
 * a shared link reproduces the run (same task, same hyperparameters, same seed, same losses). Pure:
 * schemas load eagerly, so this file must not import the engine.
 */
import { validateParams, type ParamSpec, type Params } from '../widgets/params.ts'
import { CELLS, OPTIMIZERS, type Hyperparameters } from './task.ts'

/** The spec of each hyperparameter, with its range; the default comes from the task. */
function spec(
  name: keyof Hyperparameters,
  value: Hyperparameters[keyof Hyperparameters],
): ParamSpec {
  switch (name) {
    case 'lr':
      return {
        name,
        type: 'number',
        label: 'Learning rate',
        default: value as number,
        min: 0.0001,
        max: 1,
        step: 0.0001,
      }
    case 'optimizer':
      return {
        name,
        type: 'choice',
        label: 'Optimizer',
        default: value as string,
        choices: OPTIMIZERS,
      }
    case 'clip':
      return {
        name,
        type: 'number',
        label: 'Clip gradient norm at',
        default: value as number,
        min: 0,
        max: 100,
        step: 0.1,
        help: 'Largest global gradient norm; 0 turns clipping off.',
      }
    case 'batchSize':
      return {
        name,
        type: 'integer',
        label: 'Batch size',
        default: value as number,
        min: 1,
        max: 64,
      }
    case 'hidden':
      return {
        name,
        type: 'integer',
        label: 'Hidden units',
        default: value as number,
        min: 1,
        max: 256,
      }
    case 'truncation':
      return {
        name,
        type: 'integer',
        label: 'Sequence length (BPTT window)',
        default: value as number,
        min: 2,
        max: 200,
      }
    case 'cell':
      return { name, type: 'choice', label: 'Cell', default: value as string, choices: CELLS }
  }
}

/** Schema entries for the tunable hyperparameters, then the seed. */
export function hyperParams(
  defaults: Hyperparameters,
  tunable: readonly (keyof Hyperparameters)[],
  seed = 1,
): ParamSpec[] {
  return [
    ...tunable.map((name) => spec(name, defaults[name])),
    { name: 'seed', type: 'integer', label: 'Seed', default: seed, min: 0, max: 99999 },
  ]
}

/** The full hyperparameters of a run: the task's defaults overridden by the widget's tunable params. */
export function hyperFromParams(
  defaults: Hyperparameters,
  tunable: readonly (keyof Hyperparameters)[],
  params: Params,
): Hyperparameters {
  const hyper: Record<string, unknown> = { ...defaults }
  for (const name of tunable) if (name in params) hyper[name] = params[name]
  return hyper as unknown as Hyperparameters
}

const ALL: readonly (keyof Hyperparameters)[] = [
  'lr',
  'optimizer',
  'clip',
  'batchSize',
  'hidden',
  'truncation',
  'cell',
]

/** Hyperparameters from an untrusted message, each checked against its range (bad ones fall back). */
export function checkHyperparameters(
  defaults: Hyperparameters,
  raw: object,
): { hyper: Hyperparameters; issues: string[] } {
  const schema = hyperParams(defaults, ALL).filter((s) => s.name !== 'seed')
  const known = Object.fromEntries(Object.entries(raw).filter(([k]) => ALL.includes(k as never)))
  const { params, issues } = validateParams(schema, known, 'edit')
  return { hyper: params as unknown as Hyperparameters, issues: issues.map((i) => i.message) }
}
