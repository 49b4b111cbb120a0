import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startFuzzer } from '../../src/app/fuzz/fuzzer.ts'
import { fuzzOptionsFrom } from '../../src/app/fuzz/options.ts'

describe('fuzzOptionsFrom', () => {
  it('is off unless fuzz is named in the page or hash query', () => {
    expect(fuzzOptionsFrom('')).toBeNull()
    expect(fuzzOptionsFrom('?fuzzSeed=3', '#/neurons?fuzzEvents=9')).toBeNull()
    expect(fuzzOptionsFrom('?fuzzy')).toBeNull()
  })

  it('uses seed 1 and 1000 events by default', () => {
    expect(fuzzOptionsFrom('?fuzz')).toEqual({ seed: 1, events: 1000 })
    expect(fuzzOptionsFrom('', '#/embed/activation-explorer?x=1&fuzz')).toEqual({
      seed: 1,
      events: 1000,
    })
  })

  it('reads the seed and event count from either query, the page query first', () => {
    expect(fuzzOptionsFrom('?fuzz&fuzzSeed=7&fuzzEvents=2000')).toEqual({ seed: 7, events: 2000 })
    expect(fuzzOptionsFrom('', '#/neurons?fuzz&fuzzSeed=5&fuzzEvents=30')).toEqual({
      seed: 5,
      events: 30,
    })
    expect(fuzzOptionsFrom('?fuzz&fuzzSeed=2', '#/?fuzzSeed=9&fuzzEvents=4')).toEqual({
      seed: 2,
      events: 4,
    })
  })

  it('falls back to the defaults for garbage numbers', () => {
    for (const bad of ['-1', 'abc', '1.5', '1e3', '', '0x10', '9999999999', ' 5']) {
      expect(
        fuzzOptionsFrom(
          `?fuzz&fuzzSeed=${encodeURIComponent(bad)}&fuzzEvents=${encodeURIComponent(bad)}`,
        ),
      ).toEqual({
        seed: 1,
        events: 1000,
      })
    }
  })

  it('caps the event count at a million and accepts zero', () => {
    expect(fuzzOptionsFrom('?fuzz&fuzzEvents=999999999')!.events).toBe(1_000_000)
    expect(fuzzOptionsFrom('?fuzz&fuzzEvents=0')!.events).toBe(0)
    expect(fuzzOptionsFrom('?fuzz&fuzzSeed=999999999')!.seed).toBe(999_999_999)
  })
})

describe('startFuzzer', () => {
  const TYPES = [
    'pointerdown',
    'pointerup',
    'click',
    'keydown',
    'input',
    'change',
    'focusin',
    'wheel',
  ]
  let stop: (() => void) | undefined
  let listening: AbortController | undefined

  // jsdom lays nothing out: give every element a box and pick targets by position.
  function page() {
    document.body.innerHTML = `
      <main>
        <button id="b1">one</button><button id="b2">two</button>
        <form id="f" onsubmit="return false"><input id="t" type="text"><input id="r" type="range" min="0" max="10"></form>
        <input id="c" type="checkbox"><select id="s"><option>a</option><option>b</option></select>
        <a id="l" href="#/somewhere">link</a><a id="away" href="https://example.com">away</a>
      </main>`
    const targets = Array.from(document.querySelectorAll<HTMLElement>('main *')).filter(
      (el) => el.tagName !== 'OPTION' && el.tagName !== 'FORM',
    )
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(10, 10, 50, 20),
    )
    document.elementFromPoint = (x: number, y: number) =>
      targets[
        Math.floor((x / innerWidth) * 3 + Math.floor((y / innerHeight) * 3) * 3) % targets.length
      ]
    const log: string[] = []
    listening?.abort()
    listening = new AbortController()
    for (const type of TYPES) {
      const record = (e: Event) =>
        log.push(`${type}@${(e.target as Element).id || (e.target as Element).tagName}`)
      document.addEventListener(type, record, { capture: true, signal: listening.signal })
    }
    document.getElementById('f')!.addEventListener('submit', (e) => e.preventDefault())
    return log
  }

  async function run(seed: number, events: number) {
    const log = page()
    stop = startFuzzer({ seed, events })
    await vi.runAllTimersAsync()
    return { log, report: window.__unfoldFuzz! }
  }

  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    stop?.()
    listening?.abort()
    vi.useRealTimers()
    vi.restoreAllMocks()
    document.body.innerHTML = ''
    delete window.__unfoldFuzz
    delete (document as { elementFromPoint?: unknown }).elementFromPoint
  })

  it('fires the requested number of events and reports when it is finished', async () => {
    const { log, report } = await run(7, 120)
    expect(report).toMatchObject({ seed: 7, target: 120, done: 120, finished: true })
    expect(log.length).toBeGreaterThan(50)
    expect(log.some((l) => l.startsWith('keydown'))).toBe(true)
    expect(log.some((l) => l.startsWith('click'))).toBe(true)
  })

  it('reports progress before it is finished', () => {
    page()
    stop = startFuzzer({ seed: 3, events: 50 })
    expect(window.__unfoldFuzz).toMatchObject({ done: 0, finished: false, target: 50 })
    vi.advanceTimersToNextTimer()
    expect(window.__unfoldFuzz).toMatchObject({ done: 20, finished: false })
  })

  it('stops when asked, part way through', async () => {
    page()
    stop = startFuzzer({ seed: 3, events: 100 })
    vi.advanceTimersToNextTimer()
    stop()
    await vi.runAllTimersAsync()
    expect(window.__unfoldFuzz).toMatchObject({ done: 20, finished: false })
  })

  it('fires the same sequence of events for the same seed', async () => {
    const first = await run(42, 100)
    document.body.innerHTML = ''
    vi.restoreAllMocks()
    const second = await run(42, 100)
    expect(second.log).toEqual(first.log)
    const other = await run(43, 100)
    expect(other.log).not.toEqual(first.log)
  })

  it('never follows a link that leaves the app', async () => {
    const { log } = await run(11, 300)
    expect(log.some((l) => l === 'click@away')).toBe(false)
  })

  it('records errors thrown by the page instead of stopping', async () => {
    page()
    const boom = () => {
      throw new Error('boom')
    }
    const quiet = (e: ErrorEvent) => e.preventDefault()
    document.addEventListener('keydown', boom, { signal: listening!.signal })
    window.addEventListener('error', quiet)
    stop = startFuzzer({ seed: 5, events: 200 })
    await vi.runAllTimersAsync()
    window.removeEventListener('error', quiet)
    const report = window.__unfoldFuzz!
    expect(report).toMatchObject({ done: 200, finished: true })
    expect(report.errors.length).toBeGreaterThan(0)
    expect(report.errors.every((e) => e.includes('boom'))).toBe(true)
  })
})
