// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRoute, routeHash, type Route } from '../../src/app/routes.ts'

describe('parseRoute', () => {
  it('maps an empty or bare hash to the lesson index', () => {
    for (const hash of ['', '#', '#/', '#//', '/'])
      expect(parseRoute(hash)).toEqual({ kind: 'index' })
  })

  it('opens a lesson by slug, keeping a well-formed ?at= heading id', () => {
    expect(parseRoute('#/neurons')).toEqual({ kind: 'lesson', slug: 'neurons' })
    expect(parseRoute('#/neurons?at=one-unit')).toEqual({
      kind: 'lesson',
      slug: 'neurons',
      at: 'one-unit',
    })
  })

  it('drops an ?at= that is not a heading id instead of passing it on', () => {
    for (const at of ['<script>', 'A_B', '', 'x'.repeat(81)]) {
      expect(parseRoute(`#/neurons?at=${encodeURIComponent(at)}`)).toEqual({
        kind: 'lesson',
        slug: 'neurons',
      })
    }
  })

  it('opens slides at the given 1-based number', () => {
    expect(parseRoute('#/neurons/slides/7')).toEqual({ kind: 'slides', slug: 'neurons', slide: 7 })
  })

  it('opens the presenter window of a deck, with the same slide numbering', () => {
    expect(parseRoute('#/neurons/presenter/4')).toEqual({
      kind: 'presenter',
      slug: 'neurons',
      slide: 4,
    })
    expect(parseRoute('#/neurons/presenter/zero')).toEqual({
      kind: 'presenter',
      slug: 'neurons',
      slide: 1,
    })
  })

  it('opens the printable deck of a lesson', () => {
    expect(parseRoute('#/neurons/print')).toEqual({ kind: 'print', slug: 'neurons' })
    expect(parseRoute('#/neurons/print/2')).toEqual({ kind: 'notFound', path: '/neurons/print/2' })
  })

  it('opens the widget gallery, optionally at one widget', () => {
    expect(parseRoute('#/widgets')).toEqual({ kind: 'gallery' })
    expect(parseRoute('#/widgets?at=conv-stepper')).toEqual({ kind: 'gallery', at: 'conv-stepper' })
    expect(parseRoute('#/widgets?at=<img>')).toEqual({ kind: 'gallery' })
  })

  it('starts slides at 1 when the number is missing, zero or garbage', () => {
    for (const n of ['', '0', '-3', 'abc', '2.5', '1e3', '99999', '0x10', ' 4']) {
      const hash = n === '' ? '#/neurons/slides' : `#/neurons/slides/${n}`
      expect(parseRoute(hash)).toEqual({ kind: 'slides', slug: 'neurons', slide: 1 })
    }
  })

  it('opens an embed and keeps its query untouched for the widget to validate', () => {
    expect(parseRoute('#/embed/activation-explorer?fn=tanh&x=2&x=3')).toEqual({
      kind: 'embed',
      widget: 'activation-explorer',
      query: 'fn=tanh&x=2&x=3',
    })
    expect(parseRoute('#/embed/activation-explorer')).toEqual({
      kind: 'embed',
      widget: 'activation-explorer',
      query: '',
    })
  })

  it('reports anything else as not found', () => {
    for (const hash of [
      '#/Neurons',
      '#/a_b',
      '#/neurons/extra',
      '#/neurons/slides/2/3',
      '#/embed/a/b',
    ]) {
      expect(parseRoute(hash).kind).toBe('notFound')
    }
  })

  it('treats malformed percent-encoding as literal text rather than failing', () => {
    expect(parseRoute('#/%E0%A4%A')).toEqual({ kind: 'notFound', path: '/%E0%A4%A' })
    expect(parseRoute('#/embed/%')).toEqual({ kind: 'embed', widget: '%', query: '' })
    expect(parseRoute('#/neur%6Fns')).toEqual({ kind: 'lesson', slug: 'neurons' })
  })

  it('never throws, whatever the hash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 60 })), (s) => {
        const route = parseRoute(s)
        const kinds = [
          'index',
          'lesson',
          'slides',
          'presenter',
          'print',
          'embed',
          'gallery',
          'notFound',
        ]
        const numbered = route.kind === 'slides' || route.kind === 'presenter'
        return kinds.includes(route.kind) && (!numbered || route.slide >= 1)
      }),
      { numRuns: 300 },
    )
  })
})

describe('routeHash', () => {
  it('writes each kind of route', () => {
    expect(routeHash({ kind: 'index' })).toBe('#/')
    expect(routeHash({ kind: 'lesson', slug: 'neurons' })).toBe('#/neurons')
    expect(routeHash({ kind: 'lesson', slug: 'neurons', at: 'why' })).toBe('#/neurons?at=why')
    expect(routeHash({ kind: 'slides', slug: 'neurons', slide: 3 })).toBe('#/neurons/slides/3')
    expect(routeHash({ kind: 'embed', widget: 'a b', query: 'x=1' })).toBe('#/embed/a%20b?x=1')
  })

  it('is the inverse of parseRoute for every route parseRoute can produce', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/)
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant({ kind: 'index' } as const),
      slug.map((s) => ({ kind: 'lesson', slug: s }) as const),
      fc
        .tuple(slug, fc.stringMatching(/^[a-z0-9-]{1,80}$/))
        .map(([s, at]) => ({ kind: 'lesson', slug: s, at }) as const),
      fc
        .tuple(slug, fc.integer({ min: 1, max: 9999 }))
        .map(([s, n]) => ({ kind: 'slides', slug: s, slide: n }) as const),
      fc
        .tuple(slug, fc.integer({ min: 1, max: 9999 }))
        .map(([s, n]) => ({ kind: 'presenter', slug: s, slide: n }) as const),
      fc.constant({ kind: 'gallery' } as const),
      slug.map((s) => ({ kind: 'print', slug: s }) as const),
      fc
        .tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.stringMatching(/^[a-z0-9=&.]{0,30}$/))
        .map(([widget, query]) => ({ kind: 'embed', widget, query }) as const),
    )
    fc.assert(
      fc.property(route, (r) => {
        expect(parseRoute(routeHash(r))).toEqual(r)
      }),
      { numRuns: 300 },
    )
  })

  it('writes a not-found route back to the hash it came from', () => {
    for (const hash of ['#/Neurons', '#/neurons/extra', '#/a_b?x=1']) {
      const route = parseRoute(hash)
      expect(route.kind).toBe('notFound')
      expect(parseRoute(routeHash(route))).toEqual(route)
    }
  })
})
