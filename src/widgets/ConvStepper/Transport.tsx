import type { KeyboardEvent } from 'react'

interface Props {
  step: number
  count: number
  cols: number
  playing: boolean
  speed: number
  onStep: (step: number) => void
  onPlaying: (playing: boolean) => void
  onSpeed: (speed: number) => void
  /** Arrow keys on the stepper move the window in two dimensions, as on the output map. */
  onKey: (e: KeyboardEvent<HTMLElement>) => void
  /** What a step visits, naming the slider (default "Output cell"). */
  noun?: string
  /** Rows and columns are read out counted from 1 (default) or from 0, as the widget writes them. */
  origin?: 0 | 1
}

const SPEEDS = [0.5, 1, 2, 4]

// Icons as inline SVG: crisp at any slide scale, and no icon font to load.
const ICONS: Record<string, string> = {
  first: 'M5 4h2v16H5zM19 4v16L8 12z',
  back: 'M18 4v16L7 12z',
  play: 'M7 4v16l12-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  forward: 'M6 4v16l11-8z',
  last: 'M17 4h2v16h-2zM5 4v16l11-8z',
}

function Icon({ name }: { name: string }) {
  return (
    <svg className="conv-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} />
    </svg>
  )
}

/** Play, pause, step, scrub and speed for the window; disabled when there is nothing to step. */
export function Transport({
  step,
  count,
  cols,
  playing,
  speed,
  onStep,
  onPlaying,
  onSpeed,
  onKey,
  noun = 'Output cell',
  origin = 1,
}: Props) {
  const none = count === 0
  const button = (name: string, label: string, to: number, disabled: boolean) => (
    <button
      type="button"
      className="conv-button"
      aria-label={label}
      title={label}
      disabled={none || disabled}
      onClick={() => {
        onPlaying(false)
        onStep(to)
      }}
    >
      <Icon name={name} />
    </button>
  )
  const row = cols > 0 ? Math.floor(step / cols) + origin : 0
  const col = cols > 0 ? (step % cols) + origin : 0
  return (
    <div className="conv-transport" role="group" aria-label="Stepper" onKeyDown={onKey}>
      {button('first', 'First cell', 0, step === 0)}
      {button('back', 'Step back', step - 1, step === 0)}
      <button
        type="button"
        className="conv-button conv-button--play"
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause' : 'Play'}
        aria-pressed={playing}
        disabled={none}
        onClick={() => {
          if (!playing && step >= count - 1) onStep(0)
          onPlaying(!playing)
        }}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      {button('forward', 'Step forward', step + 1, step >= count - 1)}
      {button('last', 'Last cell', count - 1, step >= count - 1)}
      <input
        type="range"
        className="conv-scrub"
        aria-label={noun}
        aria-valuetext={
          none ? 'nothing to step' : `cell ${step + 1} of ${count}: row ${row}, column ${col}`
        }
        min={0}
        max={Math.max(0, count - 1)}
        value={step}
        disabled={none}
        onChange={(e) => {
          onPlaying(false)
          onStep(Number(e.target.value))
        }}
      />
      <span className="conv-transport__where" aria-live="off">
        {none ? '–' : `${step + 1} / ${count}`}
      </span>
      <label className="conv-control conv-control--inline">
        <span>Speed</span>
        <select value={speed} onChange={(e) => onSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}/s
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
