/**
 * The training loop every task shares, free of the DOM so it runs in a worker and in Node tests alike:
 * the optimizer, gradient clipping, the check for a diverging run, bounded history, checkpoints, and
 * saving and loading weights. The same task, hyperparameters and seed give the same losses, step for
 * step: weights come from initRandom(seed) and batch k from batchRandom(seed, k).
 */
import { clipGradNorm, type Optimizer } from '../engine/index.ts'
import { CheckpointStore } from './checkpoints.ts'
import { checkHyperparameters } from './hyperSchema.ts'
import { gradientNorm, makeOptimizer } from './optimizers.ts'
import { BoundedSeries } from './history.ts'
import type {
  FetchAsset,
  Hyperparameters,
  InspectQuery,
  Metrics,
  TaskModel,
  TaskSettings,
  TrainingTask,
} from './task.ts'
import { checkWeightsFile, WEIGHTS_FORMAT, WEIGHTS_VERSION, type WeightsFile } from './weights.ts'

/** What a run is made of, besides its task. */
export interface RunConfig {
  hyper: Hyperparameters
  settings: TaskSettings
  seed: number
}

/** The outcome of one training step. */
export interface StepRecord extends Metrics {
  step: number
  /** Validation metrics, when this step was due a validation. */
  validation?: Metrics
}

/** Hyperparameters that can change in the middle of a run; the others rebuild the model. */
export const LIVE_HYPERPARAMETERS: readonly (keyof Hyperparameters)[] = ['lr', 'optimizer', 'clip']

/** A run stopped because its loss or gradient stopped being a finite number. */
export class DivergedError extends Error {
  constructor(
    readonly step: number,
    readonly quantity: 'loss' | 'gradient norm',
    readonly value: number,
  ) {
    super(`Training diverged at step ${step}: the ${quantity} became ${value}.`)
    this.name = 'DivergedError'
  }
}

/** One run of one task: step it, look inside it, go back to a checkpoint, save or load its weights. */
export class Trainer {
  readonly train = new BoundedSeries()
  readonly validation = new BoundedSeries()
  private model: TaskModel
  private optimizer: Optimizer
  private checkpoints: CheckpointStore
  private steps = 0
  /** Set by a rewind: the next step rewrites the future after it. */
  private rewound = false
  /** The loss of the first step, the yardstick for a healthy checkpoint. */
  private firstLoss = NaN

  private constructor(
    readonly task: TrainingTask,
    private readonly data: unknown,
    private current: RunConfig,
  ) {
    this.model = task.build({ ...current, data })
    this.optimizer = makeOptimizer(this.model, current.hyper)
    this.checkpoints = this.freshCheckpoints()
  }

  /** Checks the settings, loads the task's data and builds the model at step 0. */
  static async create(
    task: TrainingTask,
    config: RunConfig,
    fetchAsset: FetchAsset,
  ): Promise<Trainer> {
    const settings = task.checkSettings(config.settings)
    const data = await task.load(fetchAsset, settings)
    return new Trainer(task, data, { ...config, settings })
  }

  /** Steps taken so far. */
  get step(): number {
    return this.steps
  }

  get config(): RunConfig {
    return this.current
  }

  /** Steps that have a checkpoint to go back to. */
  get checkpointSteps(): number[] {
    return this.checkpoints.steps
  }

  /** One optimizer step on the next batch. Throws DivergedError, leaving the weights untouched. */
  stepOnce(): StepRecord {
    if (this.rewound) {
      this.checkpoints.dropAfter(this.steps)
      this.train.truncateAfter(this.steps)
      this.validation.truncateAfter(this.steps)
      this.rewound = false
    }
    this.optimizer.zeroGrad()
    const batch = this.model.trainLoss(this.steps)
    const loss = batch.loss.data[0]
    if (!Number.isFinite(loss)) throw new DivergedError(this.steps + 1, 'loss', loss)
    batch.loss.backward()
    const { clip } = this.current.hyper
    if (clip > 0) {
      try {
        clipGradNorm(this.optimizer.params, clip)
      } catch {
        throw new DivergedError(this.steps + 1, 'gradient norm', NaN)
      }
    } else {
      const norm = gradientNorm(this.model)
      if (!Number.isFinite(norm)) throw new DivergedError(this.steps + 1, 'gradient norm', norm)
    }
    this.optimizer.step()
    this.steps++
    const record: StepRecord = { step: this.steps, loss, accuracy: batch.accuracy }
    this.train.push([this.steps, loss, batch.accuracy ?? null])
    if (this.steps % this.task.validateEvery === 0) record.validation = this.recordValidation()
    if (this.steps === 1) this.firstLoss = loss
    if (this.checkpoints.due(this.steps)) this.saveCheckpoint(loss)
    return record
  }

  /** Metrics on the validation set at the current weights. */
  validate(): Metrics {
    return this.model.validate()
  }

  /** Validates and records the result in the validation history. */
  recordValidation(): Metrics {
    const m = this.validate()
    this.validation.truncateAfter(this.steps - 1)
    this.validation.push([this.steps, m.loss, m.accuracy ?? null])
    return m
  }

  /** The model's answer to a query, at the current weights. */
  inspect(query: InspectQuery): unknown {
    return this.model.inspect(query, this.steps)
  }

  /**
   * Changes the learning rate, optimizer or clipping mid-run, from an untrusted patch: other keys are
   * ignored (they need `rebuild`) and a value out of range keeps the current one.
   */
  setLiveHyper(patch: Partial<Hyperparameters>): void {
    const live = Object.fromEntries(
      Object.entries(patch).filter(([k]) => LIVE_HYPERPARAMETERS.includes(k as never)),
    )
    if (Object.keys(live).length === 0) return
    const { hyper } = checkHyperparameters(this.current.hyper, live)
    const state =
      hyper.optimizer === this.current.hyper.optimizer ? this.optimizer.stateDict() : null
    this.current = { ...this.current, hyper }
    this.optimizer = makeOptimizer(this.model, hyper)
    if (state) this.optimizer.loadStateDict(state)
  }

  /** Starts over at step 0 with a new configuration (same task and data), e.g. a new seed. */
  rebuild(config: Partial<RunConfig>): void {
    this.current = { ...this.current, ...config }
    this.model = this.task.build({ ...this.current, data: this.data })
    this.optimizer = makeOptimizer(this.model, this.current.hyper)
    this.steps = 0
    this.rewound = false
    this.firstLoss = NaN
    this.train.clear()
    this.validation.clear()
    this.checkpoints = this.freshCheckpoints()
  }

  /** Goes back to the checkpoint at `step`; training from there rewrites what came after. */
  rewind(step: number): void {
    const checkpoint = this.checkpoints.at(step)
    if (!checkpoint) throw new RangeError(`There is no checkpoint at step ${step} to go back to.`)
    this.model.parameters().forEach((p, k) => p.data.set(checkpoint.weights[k]))
    this.optimizer = makeOptimizer(this.model, this.current.hyper)
    this.optimizer.loadStateDict(checkpoint.optimizer)
    this.steps = step
    this.rewound = true
  }

  /**
   * After a divergence: goes back to the latest checkpoint taken before the loss climbed above 1.5
   * times its first value (step 0 at worst), since the weights just before a NaN are usually ruined
   * already. Returns the step it went back to.
   */
  rewindToHealthy(): number {
    const limit = 1.5 * this.firstLoss
    const steps = this.checkpoints.steps.filter((s) => s <= this.steps)
    const healthy =
      steps.filter((s) => s === 0 || this.checkpoints.at(s)!.loss <= limit).at(-1) ?? 0
    this.rewind(healthy)
    return healthy
  }

  /** The current weights as a downloadable file. */
  saveWeights(): WeightsFile {
    return {
      format: WEIGHTS_FORMAT,
      version: WEIGHTS_VERSION,
      task: this.task.id,
      step: this.steps,
      seed: this.current.seed,
      hyper: this.current.hyper,
      settings: this.current.settings,
      parameters: this.model
        .parameters()
        .map((p) => ({ shape: [...p.shape], data: Array.from(p.data) })),
    }
  }

  /**
   * Loads a weights file: checks it names this task and fits a model built from its own
   * hyperparameters and settings, then continues from its step with a fresh optimizer.
   * Throws a RangeError (and changes nothing) when it does not fit.
   */
  loadWeights(raw: unknown): void {
    const file = checkWeightsFile(raw)
    if (file.task !== this.task.id)
      throw new RangeError(`These weights belong to "${file.task}", not to "${this.task.id}".`)
    const settings = this.task.checkSettings(file.settings)
    if (stableJson(settings) !== stableJson(this.current.settings))
      throw new RangeError(
        `These weights were trained with other settings (${describeSettings(settings)}); switch to those first.`,
      )
    const config: RunConfig = {
      hyper: { ...this.current.hyper, ...file.hyper },
      settings,
      seed: file.seed,
    }
    const model = this.task.build({ ...config, data: this.data })
    const params = model.parameters()
    if (params.length !== file.parameters.length)
      throw new RangeError(
        `These weights have ${file.parameters.length} tensors; this model has ${params.length}.`,
      )
    params.forEach((p, k) => {
      const saved = file.parameters[k]
      if (saved.shape.join('x') !== p.shape.join('x'))
        throw new RangeError(
          `Tensor ${k + 1} is ${saved.shape.join('×')} in the file but ${p.shape.join('×')} here.`,
        )
    })
    params.forEach((p, k) => p.data.set(file.parameters[k].data))
    this.current = config
    this.model = model
    this.optimizer = makeOptimizer(model, config.hyper)
    this.steps = file.step
    this.rewound = false
    this.train.clear()
    this.validation.clear()
    this.checkpoints = this.freshCheckpoints()
    this.saveCheckpoint()
  }

  private freshCheckpoints(): CheckpointStore {
    const store = new CheckpointStore(Math.max(1, Math.round(this.task.budget / 16)))
    this.checkpoints = store
    this.saveCheckpoint()
    return store
  }

  private saveCheckpoint(loss = NaN): void {
    this.checkpoints.add({
      step: this.steps,
      loss,
      weights: this.model.parameters().map((p) => Float64Array.from(p.data)),
      optimizer: this.optimizer.stateDict(),
    })
  }
}

function stableJson(settings: TaskSettings): string {
  return JSON.stringify(
    Object.keys(settings)
      .sort()
      .map((k) => [k, settings[k]]),
  )
}

/** Settings in a line, long texts shortened. */
function describeSettings(settings: TaskSettings): string {
  return Object.entries(settings)
    .map(([k, v]) => `${k} ${typeof v === 'string' && v.length > 20 ? `${v.slice(0, 20)}…` : v}`)
    .join(', ')
}
