/**
 * The worker's side of the protocol, free of worker globals so tests can run it in process: it turns
 * commands into Trainer calls and runs the training loop in short slices, yielding between them so
 * new commands (pause, a changed learning rate) are handled at once. Progress goes out at most once per
 * frame; watched queries are answered a few times a second while training.
 */
import { checkHyperparameters } from './hyperSchema.ts'
import {
  parseCommand,
  type TrainerCommand,
  type TrainerEvent,
  type TrainerStatus,
} from './protocol.ts'
import type { Point } from './history.ts'
import type { Hyperparameters, InspectQuery, Metrics, TrainingTask } from './task.ts'
import { findTask } from './tasks/index.ts'
import { DivergedError, LIVE_HYPERPARAMETERS, Trainer } from './trainer.ts'

/** Longest stretch of training between two looks at the message queue, in ms. */
const SLICE_MS = 12
/** Least time between two progress events: one per 60 Hz frame. */
const PROGRESS_MS = 16
/** Least time between two answers to a watched query while training. */
const WATCH_MS = 400

/** What the endpoint needs from its host (a worker's globals, or a test's fakes). */
export interface EndpointHost {
  post(event: TrainerEvent): void
  /** Runs `task` soon, after pending messages (a MessageChannel in a worker). */
  schedule(task: () => void): void
  now(): number
  fetchAsset(base: string, path: string): Promise<Uint8Array>
  /** Lets a test replace the task list. */
  findTask?: (id: string) => TrainingTask | undefined
}

/** The worker-side state machine. */
export class TrainerEndpoint {
  private trainer: Trainer | null = null
  private status: TrainerStatus = 'loading'
  /** Identifies the live chain of training slices; bumping it cancels the chain. */
  private loopToken = 0
  private looping = false
  private pendingSteps = 0
  private lastProgress = -Infinity
  private lastWatch = -Infinity
  private sentTrain = 0
  private sentValidation = 0
  private replaceNext = true
  private rate = { steps: 0, since: 0, value: 0 }
  private latest: { train: Metrics | null; validation: Metrics | null } = {
    train: null,
    validation: null,
  }
  private watches = new Map<string, InspectQuery>()
  /** Live hyperparameters changed while the model was loading. */
  private pendingLive: Partial<Hyperparameters> = {}
  /** Bumped by every configure, so a slow data load that finishes late is ignored. */
  private generation = 0

  constructor(private readonly host: EndpointHost) {}

  /** Handles one message from the page. */
  handle(data: unknown): void {
    const command = parseCommand(data)
    if ('invalid' in command)
      return this.host.post({
        type: 'error',
        kind: 'invalid',
        message: `Ignored ${command.invalid}.`,
      })
    try {
      this.dispatch(command)
    } catch (e) {
      this.fail(e, 'id' in command ? command.id : undefined)
    }
  }

  private dispatch(command: TrainerCommand): void {
    if (command.type === 'configure') return void this.configure(command)
    if (command.type === 'watch') return this.watch(command.key, command.query)
    const trainer = this.trainer
    if (!trainer) {
      // A learning rate moved while the data loads is kept for the model about to be built.
      if (command.type === 'set-hyper') {
        this.pendingLive = { ...this.pendingLive, ...command.hyper }
        return
      }
      return this.host.post({
        type: 'error',
        kind: 'invalid',
        message: 'The model is still loading.',
      })
    }
    switch (command.type) {
      case 'start':
        this.setStatus('running')
        return this.loop()
      case 'pause':
        return this.stop('paused')
      case 'step':
        this.pendingSteps = command.count
        this.setStatus('running')
        return this.loop()
      case 'reset':
        trainer.rebuild({ seed: command.seed })
        return this.afterJump('ready')
      case 'set-hyper':
        this.applyLive(command.hyper)
        if (this.status === 'diverged') this.setStatus('paused')
        return this.progress(true)
      case 'rewind':
        trainer.rewind(command.step)
        return this.afterJump('paused')
      case 'save':
        return this.host.post({ type: 'weights', id: command.id, file: trainer.saveWeights() })
      case 'load':
        trainer.loadWeights(command.file)
        this.afterJump('paused')
        return this.host.post({ type: 'ack', id: command.id })
      case 'inspect':
        return this.host.post({
          type: 'inspection',
          id: command.id,
          step: trainer.step,
          value: trainer.inspect(command.query),
        })
    }
  }

  private async configure(command: Extract<TrainerCommand, { type: 'configure' }>): Promise<void> {
    const generation = ++this.generation
    this.pendingLive = {}
    this.trainer = null
    this.looping = false
    this.loopToken++
    this.setStatus('loading')
    try {
      const task = (this.host.findTask ?? findTask)(command.task)
      if (!task)
        throw new RangeError(`There is no training task called "${command.task.slice(0, 40)}".`)
      const { hyper } = checkHyperparameters(task.defaults.hyper, command.hyper)
      const trainer = await Trainer.create(
        task,
        { hyper, settings: command.settings, seed: command.seed },
        (path) => this.host.fetchAsset(command.assetBase, path),
      )
      if (generation !== this.generation) return
      this.trainer = trainer
      this.applyLive(this.pendingLive)
      this.pendingLive = {}
      this.afterJump('ready')
    } catch (e) {
      // Without a model nothing else can run: the panel offers a restart.
      if (generation !== this.generation) return
      this.setStatus('crashed')
      this.host.post({ type: 'error', kind: 'crashed', message: messageOf(e) })
    }
  }

  /** Applies the live hyperparameters (learning rate, optimizer, clipping) of a patch, checked. */
  private applyLive(patch: Partial<Hyperparameters>): void {
    const trainer = this.trainer
    if (!trainer) return
    const live = Object.fromEntries(
      Object.entries(patch).filter(([k]) => LIVE_HYPERPARAMETERS.includes(k as never)),
    )
    if (Object.keys(live).length === 0) return
    trainer.setLiveHyper(checkHyperparameters(trainer.config.hyper, live).hyper)
  }

  private watch(key: string, query: InspectQuery | null): void {
    if (query) this.watches.set(key, query)
    else this.watches.delete(key)
    if (query && this.trainer) this.answerWatches([key])
  }

  /** One slice of training, then yield. */
  private loop(): void {
    if (this.looping) return
    this.looping = true
    const token = ++this.loopToken
    this.rate = { steps: 0, since: this.host.now(), value: this.rate.value }
    this.host.schedule(() => this.slice(token))
  }

  private slice(token: number): void {
    const trainer = this.trainer
    if (token !== this.loopToken) return
    if (!this.looping || !trainer || this.status !== 'running') return void (this.looping = false)
    const start = this.host.now()
    try {
      do {
        const record = trainer.stepOnce()
        this.rate.steps++
        this.latest.train = { loss: record.loss, accuracy: record.accuracy }
        if (record.validation) this.latest.validation = record.validation
        if (this.pendingSteps > 0 && --this.pendingSteps === 0) return this.stop('paused')
        if (trainer.step === trainer.task.budget) {
          this.host.post({ type: 'done', step: trainer.step })
          return this.stop('done')
        }
      } while (this.host.now() - start < SLICE_MS)
    } catch (e) {
      this.looping = false
      this.loopToken++
      return this.fail(e)
    }
    this.updateRate()
    this.progress(false)
    if (this.host.now() - this.lastWatch >= WATCH_MS) this.answerWatches()
    this.host.schedule(() => this.slice(token))
  }

  private updateRate(): void {
    const elapsed = this.host.now() - this.rate.since
    if (elapsed < 500) return
    const current = (1000 * this.rate.steps) / elapsed
    this.rate = {
      steps: 0,
      since: this.host.now(),
      value: this.rate.value ? 0.5 * this.rate.value + 0.5 * current : current,
    }
  }

  private stop(status: TrainerStatus): void {
    this.looping = false
    this.loopToken++
    this.pendingSteps = 0
    this.setStatus(status)
    this.answerWatches()
  }

  /** After a reset, rewind, load or configure: the whole history is resent and watches answered. */
  private afterJump(status: TrainerStatus): void {
    this.looping = false
    this.loopToken++
    this.pendingSteps = 0
    this.replaceNext = true
    const trainer = this.trainer!
    this.latest = {
      train: trainer.train.points.length ? metricsOf(trainer.train.points.at(-1)!) : null,
      validation: trainer.validation.points.length
        ? metricsOf(trainer.validation.points.at(-1)!)
        : null,
    }
    this.setStatus(status)
    this.answerWatches()
  }

  private setStatus(status: TrainerStatus): void {
    this.status = status
    this.progress(true)
  }

  /** Sends a progress event: always when `force`, else at most once per frame. */
  private progress(force: boolean): void {
    const now = this.host.now()
    if (!force && now - this.lastProgress < PROGRESS_MS) return
    this.lastProgress = now
    const trainer = this.trainer
    if (!trainer) {
      return this.host.post({
        type: 'progress',
        status: this.status,
        step: 0,
        budget: 0,
        stepsPerSecond: 0,
        train: null,
        validation: null,
        checkpoints: [],
        trainPoints: [],
        validationPoints: [],
        replace: true,
        hyper: null,
        seed: 0,
      })
    }
    const train = trainer.train.points
    const validation = trainer.validation.points
    // A bounded series rewrites old points when it halves; then the page gets the whole series.
    const replace =
      this.replaceNext || train.length < this.sentTrain || validation.length < this.sentValidation
    this.host.post({
      type: 'progress',
      status: this.status,
      step: trainer.step,
      budget: trainer.task.budget,
      stepsPerSecond: this.rate.value,
      train: this.latest.train,
      validation: this.latest.validation,
      checkpoints: trainer.checkpointSteps,
      trainPoints: (replace ? train : train.slice(Math.max(0, this.sentTrain - 1))) as Point[],
      validationPoints: (replace
        ? validation
        : validation.slice(Math.max(0, this.sentValidation - 1))) as Point[],
      replace,
      hyper: trainer.config.hyper,
      seed: trainer.config.seed,
    })
    this.sentTrain = train.length
    this.sentValidation = validation.length
    this.replaceNext = false
  }

  private answerWatches(keys: Iterable<string> = this.watches.keys()): void {
    const trainer = this.trainer
    if (!trainer) return
    this.lastWatch = this.host.now()
    for (const key of keys) {
      const query = this.watches.get(key)
      if (!query) continue
      try {
        this.host.post({ type: 'sample', key, step: trainer.step, value: trainer.inspect(query) })
      } catch (e) {
        this.watches.delete(key)
        this.host.post({ type: 'error', kind: 'invalid', message: messageOf(e) })
      }
    }
  }

  private fail(e: unknown, id?: number): void {
    if (e instanceof DivergedError && this.trainer) {
      const back = this.trainer.rewindToHealthy()
      this.afterJump('diverged')
      return this.host.post({
        type: 'error',
        kind: 'diverged',
        message:
          `${e.message} Unfold went back to step ${back}, the last checkpoint before the loss ` +
          'climbed. Turn on gradient clipping or lower the learning rate, then resume.',
      })
    }
    const plain = e instanceof RangeError
    if (!plain) {
      this.looping = false
      this.loopToken++
      this.setStatus('crashed')
    }
    this.host.post({
      type: 'error',
      kind: plain ? 'invalid' : 'crashed',
      message: messageOf(e),
      id,
    })
  }
}

function metricsOf(point: Point): Metrics {
  return { loss: point[1], accuracy: point[2] ?? undefined }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
