import { describe, expect, it } from 'vitest'
import { controlOwnsKey, SHORTCUTS, slideAction, type SlideAction } from '../../src/slides/keys.ts'

describe('slideAction', () => {
  const map: Array<[string, SlideAction]> = [
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Spacebar', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['Backspace', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['o', 'overview'],
    ['O', 'overview'],
    ['b', 'blackout'],
    ['B', 'blackout'],
    ['.', 'blackout'],
    ['?', 'help'],
    ['Escape', 'close'],
    ['t', 'theme'],
    ['T', 'theme'],
    ['p', 'presenter'],
    ['P', 'presenter'],
    ['l', 'laser'],
    ['L', 'laser'],
    ['0', 'digit'],
    ['7', 'digit'],
    ['Enter', 'jump'],
  ]

  it.each(map)('maps %j to %s', (key, action) => {
    expect(slideAction({ key })).toBe(action)
  })

  it('moves back on Shift+Space, as clickers and browsers do', () => {
    expect(slideAction({ key: ' ', shiftKey: true })).toBe('prev')
    expect(slideAction({ key: 'Spacebar', shiftKey: true })).toBe('prev')
  })

  it('keeps its meaning for other keys when Shift is held (for "?" and capitals)', () => {
    expect(slideAction({ key: '?', shiftKey: true })).toBe('help')
    expect(slideAction({ key: 'ArrowRight', shiftKey: true })).toBe('next')
  })

  it('leaves every key alone while Ctrl, Cmd or Alt is held, so browser shortcuts work', () => {
    for (const [key] of map) {
      expect(slideAction({ key, ctrlKey: true })).toBeNull()
      expect(slideAction({ key, metaKey: true })).toBeNull()
      expect(slideAction({ key, altKey: true })).toBeNull()
    }
  })

  it('ignores keys it does not know', () => {
    for (const key of ['a', 'Tab', 'n', 'Shift', '12', 'F5', 'Dead']) {
      expect(slideAction({ key })).toBeNull()
    }
  })

  it('documents every action in the help overlay', () => {
    const documented = SHORTCUTS.map((s) => s.action)
      .join(' ')
      .toLowerCase()
    for (const word of [
      'next',
      'previous',
      'first',
      'full screen',
      'overview',
      'black',
      'help',
      'close',
      'go to slide',
      'presenter',
      'theme',
      'laser',
    ]) {
      expect(documented).toContain(word)
    }
  })
})

describe('controlOwnsKey', () => {
  const make = (html: string) => {
    const box = document.createElement('div')
    box.innerHTML = html
    document.body.append(box)
    return box.firstElementChild!
  }
  const allKeys = [
    'ArrowLeft',
    'ArrowRight',
    'ArrowUp',
    'ArrowDown',
    'Home',
    'End',
    ' ',
    'b',
    'o',
    '?',
    '.',
    'Escape',
    'Backspace',
  ]

  it('gives nothing to the page itself or to no target', () => {
    expect(controlOwnsKey(document.body, 'ArrowRight')).toBe(false)
    expect(controlOwnsKey(null, 'ArrowRight')).toBe(false)
    expect(controlOwnsKey(window, 'ArrowRight')).toBe(false)
    expect(controlOwnsKey(make('<p>text</p>'), ' ')).toBe(false)
  })

  it('lets text fields keep every key they edit with', () => {
    for (const html of [
      '<input type="text">',
      '<input>',
      '<input type="number">',
      '<textarea></textarea>',
    ]) {
      const el = make(html)
      for (const key of allKeys) expect(controlOwnsKey(el, key)).toBe(true)
    }
  })

  it('lets an editable region keep its keys', () => {
    const el = make('<div contenteditable="true"></div>')
    // jsdom does not compute isContentEditable; a browser does.
    Object.defineProperty(el, 'isContentEditable', { value: true })
    expect(controlOwnsKey(el, 'ArrowLeft')).toBe(true)
    expect(controlOwnsKey(el, 'b')).toBe(true)
  })

  it('lets sliders and radio groups keep arrows, Home and End but not letters or Space', () => {
    for (const html of [
      '<input type="range">',
      '<input type="radio">',
      '<div role="slider" tabindex="0"></div>',
      '<svg role="slider" tabindex="0"></svg>',
    ]) {
      const el = make(html)
      for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']) {
        expect(controlOwnsKey(el, key), `${html} ${key}`).toBe(true)
      }
      for (const key of [' ', 'b', 'o', 'Escape'])
        expect(controlOwnsKey(el, key), `${html} ${key}`).toBe(false)
    }
  })

  it('lets a select keep arrows and Space', () => {
    const el = make('<select><option>a</option></select>')
    expect(controlOwnsKey(el, 'ArrowDown')).toBe(true)
    expect(controlOwnsKey(el, ' ')).toBe(true)
    expect(controlOwnsKey(el, 'b')).toBe(false)
  })

  it('lets buttons, checkboxes, links and summaries keep Space but not arrows', () => {
    for (const html of [
      '<button>go</button>',
      '<input type="checkbox">',
      '<input type="submit">',
      '<input type="button">',
      '<a href="#/">home</a>',
      '<summary>more</summary>',
    ]) {
      const el = make(html)
      expect(controlOwnsKey(el, ' '), html).toBe(true)
      expect(controlOwnsKey(el, 'ArrowRight'), html).toBe(false)
      expect(controlOwnsKey(el, 'b'), html).toBe(false)
    }
  })

  it('always lets PageUp and PageDown through to the deck, as a clicker sends them', () => {
    for (const html of [
      '<input type="range">',
      '<input type="text">',
      '<textarea></textarea>',
      '<button>x</button>',
      '<select></select>',
    ]) {
      const el = make(html)
      expect(controlOwnsKey(el, 'PageDown'), html).toBe(false)
      expect(controlOwnsKey(el, 'PageUp'), html).toBe(false)
    }
  })
})
