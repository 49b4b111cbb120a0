import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useNotices } from '../../src/app/notices.ts'
import { isRecord, load, recordOf, save, storageKey, type Concern } from '../../src/app/persist.ts'

interface Counts {
  n: number
}

const counts: Concern<Counts> = {
  name: 'counts',
  version: 2,
  label: 'test counts',
  parse: (raw) => (isRecord(raw) && typeof raw.n === 'number' ? { n: raw.n } : null),
  empty: () => ({ n: 0 }),
}

const notes: Concern<string[]> = {
  name: 'notes',
  version: 1,
  label: 'notes',
  parse: (raw) => (Array.isArray(raw) && raw.every((x) => typeof x === 'string') ? raw : null),
  empty: () => [],
}

const texts = () => useNotices.getState().notices.map((n) => n.text)

beforeEach(() => useNotices.setState({ notices: [] }))
afterEach(() => vi.restoreAllMocks())

describe('storage keys', () => {
  it('has one versioned key per concern', () => {
    expect(storageKey(counts)).toBe('unfold.counts.v2')
    expect(storageKey(notes)).toBe('unfold.notes.v1')
  })
})

describe('load and save', () => {
  it('gives the empty value when nothing was saved, without a notice', () => {
    expect(load(counts)).toEqual({ n: 0 })
    expect(texts()).toEqual([])
  })

  it('reads back what was saved, per concern', () => {
    save(counts, { n: 3 })
    save(notes, ['a', 'b'])
    expect(localStorage.getItem('unfold.counts.v2')).toBe('{"n":3}')
    expect(load(counts)).toEqual({ n: 3 })
    expect(load(notes)).toEqual(['a', 'b'])
    expect(texts()).toEqual([])
  })

  it('resets only the key that holds corrupt JSON, with exactly one notice', () => {
    localStorage.setItem('unfold.counts.v2', '{"n": 3')
    localStorage.setItem('unfold.notes.v1', '["kept"]')
    localStorage.setItem('other.app', 'untouched')
    expect(load(counts)).toEqual({ n: 0 })
    expect(localStorage.getItem('unfold.counts.v2')).toBeNull()
    expect(localStorage.getItem('unfold.notes.v1')).toBe('["kept"]')
    expect(localStorage.getItem('other.app')).toBe('untouched')
    expect(load(notes)).toEqual(['kept'])
    expect(texts()).toEqual([
      'Your saved test counts could not be read, so it was reset. Everything else is kept.',
    ])
    expect(useNotices.getState().notices[0].tone).toBe('warning')
  })

  it('resets a key whose JSON does not match its schema', () => {
    for (const bad of ['{"n":"3"}', '[]', 'null', '7', '"text"']) {
      useNotices.setState({ notices: [] })
      localStorage.setItem('unfold.counts.v2', bad)
      localStorage.setItem('unfold.notes.v1', '["kept"]')
      expect(load(counts)).toEqual({ n: 0 })
      expect(localStorage.getItem('unfold.counts.v2')).toBeNull()
      expect(localStorage.getItem('unfold.notes.v1')).toBe('["kept"]')
      expect(texts()).toHaveLength(1)
    }
  })

  it('drops a key written by an older version and says so', () => {
    localStorage.setItem('unfold.counts.v1', '{"n": 9}')
    localStorage.setItem('unfold.counts.v0', '{"n": 8}')
    localStorage.setItem('unfold.notes.v1', '["kept"]')
    expect(load(counts)).toEqual({ n: 0 })
    expect(localStorage.getItem('unfold.counts.v1')).toBeNull()
    expect(localStorage.getItem('unfold.counts.v0')).toBeNull()
    expect(localStorage.getItem('unfold.notes.v1')).toBe('["kept"]')
    expect(texts()).toEqual([
      'Your saved test counts came from an older version of Unfold and was reset.',
    ])
  })

  it('keeps the current version when an older key is dropped beside it', () => {
    localStorage.setItem('unfold.counts.v1', '{"n": 9}')
    localStorage.setItem('unfold.counts.v2', '{"n": 4}')
    expect(load(counts)).toEqual({ n: 4 })
    expect(texts()).toHaveLength(1)
  })

  it('keeps working when storage refuses to write, and says so once', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(() => save(counts, { n: 1 })).not.toThrow()
    expect(() => save(counts, { n: 2 })).not.toThrow()
    expect(texts()).toEqual([
      'Your test counts could not be saved in this browser; it will last until you close the tab.',
    ])
  })

  it('gives the empty value when storage cannot be read at all', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(load(counts)).toEqual({ n: 0 })
  })
})

describe('recordOf', () => {
  const isNumber = (v: unknown): v is number => typeof v === 'number'

  it('keeps a record whose every value passes the check', () => {
    expect(recordOf({ a: 1, b: 2 }, isNumber)).toEqual({ a: 1, b: 2 })
    expect(recordOf({}, isNumber)).toEqual({})
  })

  it('rejects the whole record when one value fails, or when it is not a record', () => {
    expect(recordOf({ a: 1, b: '2' }, isNumber)).toBeNull()
    for (const raw of [null, [], 3, 'x', undefined]) expect(recordOf(raw, isNumber)).toBeNull()
  })

  it('keeps a "__proto__" entry as data instead of changing the prototype', () => {
    const raw = JSON.parse('{"__proto__": {"x": 1}, "a": {"x": 2}}')
    const out = recordOf(raw, isRecord)!
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(['__proto__', 'a'])
    expect((out as Record<string, unknown>).x).toBeUndefined()
  })
})
