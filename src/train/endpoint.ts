/**
 * The worker's side of the protocol, free of worker globals so tests can run it in process: it turns
 * commands into Trainer calls and runs the training loop in short slices, yielding between them so
 * new commands (pause, a changed learning rate) are handled at once. Progress goes out at most once per
 * frame; watched queries are answered a few times a second while training.
 */
import { checkHyperparameters } from './hyperSchema.ts'
import {
  loadingProgress,
  parseCommand,
  type TrainerCommand,
  type TrainerEvent,
  type TrainerStatus,
} from './protocol.ts'
import type { Point } from './history.ts'
import { HistoryOutbox } from './historyOutbox.ts'
import { StepRate } from './stepRate.ts'
import { Watches } from './watches.ts'
import type { Hyperparameters, InspectQuery, Metrics, TrainingTask } from './task.ts'
import { findTask } from './tasks/index.ts'
import { DivergedError, Trainer } from './trainer.ts'

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
  private readonly outbox = new HistoryOutbox()
  private readonly rate: StepRate
  private latest: { train: Metrics | null; validation: Metrics | null } = {
    train: null,
    validation: null,
  }
  private readonly watches = new Watches()
  /** Live hyperparameters changed while the model was loading. */
  private pendingLive: Partial<Hyperparameters> = {}
  /** Bumped by every configure, so a slow data load that finishes late is ignored. */
  private generation = 0

  constructor(private readonly host: EndpointHost) {
    this.rate = new StepRate(() => host.now())
  }

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
        trainer.setLiveHyper(command.hyper)
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
      trainer.setLiveHyper(this.pendingLive)
      this.pendingLive = {}
      this.afterJump('ready')
    } catch (e) {
      // Without a model nothing else can run: the panel offers a restart.
      if (generation !== this.generation) return
      this.setStatus('crashed')
      this.host.post({ type: 'error', kind: 'crashed', message: messageOf(e) })
    }
  }

  private watch(key: string, query: InspectQuery | null): void {
    this.watches.set(key, query)
    if (query) this.answerWatches([key])
  }

  /** One slice of training, then yield. */
  private loop(): void {
    if (this.looping) return
    this.looping = true
    const token = ++this.loopToken
    this.rate.restart()
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
        this.rate.count()
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
    this.rate.update()
    this.progress(false)
    if (this.host.now() - this.watches.last >= WATCH_MS) this.answerWatches()
    this.host.schedule(() => this.slice(token))
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
    this.outbox.resend()
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
    if (!trainer) return this.host.post(loadingProgress(this.status))
    this.host.post({
      type: 'progress',
      status: this.status,
      step: trainer.step,
      budget: trainer.task.budget,
      stepsPerSecond: this.rate.value,
      train: this.latest.train,
      validation: this.latest.validation,
      checkpoints: trainer.checkpointSteps,
      ...this.outbox.take(trainer.train, trainer.validation),
      hyper: trainer.config.hyper,
      seed: trainer.config.seed,
    })
  }

  private answerWatches(keys?: string[]): void {
    if (this.trainer)
      this.watches.answer(this.trainer, (e) => this.host.post(e), this.host.now(), keys)
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
