import { describe, expect, it } from 'vitest'
import { parseHostCommand } from '../../src/embed/hostMessages.ts'

describe('parseHostCommand', () => {
  it('reads the three commands a host page may send', () => {
    expect(parseHostCommand({ type: 'unfold:hello' })).toEqual({ type: 'unfold:hello' })
    expect(parseHostCommand({ type: 'unfold:step', by: -1 })).toEqual({
      type: 'unfold:step',
      by: -1,
    })
    const set = parseHostCommand({ type: 'unfold:set-state', params: { stride: 2 } })
    expect(set).toMatchObject({ type: 'unfold:set-state' })
    expect({ ...(set as { params: object }).params }).toEqual({ stride: 2 })
  })

  it('ignores everything else: other types, wrong fields, other libraries’ messages', () => {
    for (const junk of [
      null,
      'unfold:hello',
      42,
      { type: 'unfold:reboot' },
      { type: 'unfold:step', by: 1.5 },
      { type: 'unfold:step', by: '1' },
      { type: 'unfold:step', by: 1e9 },
      { type: 'unfold:set-state', params: 'stride=2' },
      { type: 'unfold:set-state', params: [1, 2] },
      { source: 'react-devtools', payload: {} },
    ]) {
      expect(parseHostCommand(junk)).toBeNull()
    }
  })

  it('keeps a __proto__ key in params as an inert name', () => {
    const data = JSON.parse('{"type":"unfold:set-state","params":{"__proto__":{"x":1},"size":5}}')
    const command = parseHostCommand(data) as { params: Record<string, unknown> }
    expect(Object.getPrototypeOf(command.params)).toBeNull()
    expect(Object.keys(command.params).sort()).toEqual(['__proto__', 'size'])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })
})
