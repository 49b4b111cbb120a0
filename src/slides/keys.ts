/**
 * Slide-deck keyboard map. Clickers send arrows, PageUp/PageDown (and sometimes Space or "."), so
 * those all move; letters toggle views. Pure, so the whole map is unit-tested.
 */

export type SlideAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'overview'
  | 'blackout'
  | 'help'
  | 'close'
  | 'theme'
  | 'presenter'
  | 'laser'
  | 'digit'
  | 'jump'

/** The keys and what they do, for the help overlay. */
export const SHORTCUTS: ReadonlyArray<{ keys: string; action: string }> = [
  { keys: '→  Space  PageDown', action: 'Next slide' },
  { keys: '←  Shift+Space  PageUp', action: 'Previous slide' },
  { keys: 'Home  End', action: 'First or last slide' },
  { keys: '12 Enter', action: 'Go to slide 12 (type the number, then Enter)' },
  { keys: 'P', action: 'Presenter view in a second window (notes, next slide, timer)' },
  { keys: 'T', action: 'Theme: light, dark, projector' },
  { keys: 'L', action: 'Laser pointer' },
  { keys: 'Ctrl+P', action: 'Print every slide (opens the printable deck)' },
  { keys: 'F', action: 'Full screen' },
  { keys: 'O', action: 'Overview of all slides' },
  { keys: 'B  .', action: 'Black out the screen' },
  { keys: '?', action: 'This help' },
  { keys: 'Esc', action: 'Close overview, help or blackout' },
]

/** What a key press means on a slide, or null if the deck should leave it alone. */
export function slideAction(e: {
  key: string
  shiftKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
}): SlideAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next'
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'prev' : 'next'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'prev'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'f':
    case 'F':
      return 'fullscreen'
    case 'o':
    case 'O':
      return 'overview'
    case 'b':
    case 'B':
    case '.':
      return 'blackout'
    case '?':
      return 'help'
    case 't':
    case 'T':
      return 'theme'
    case 'p':
    case 'P':
      return 'presenter'
    case 'l':
    case 'L':
      return 'laser'
    case 'Enter':
      return 'jump'
    case 'Escape':
      return 'close'
    default:
      return /^[0-9]$/.test(e.key) ? 'digit' : null
  }
}

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']

/**
 * True when a focused control should keep the key: text fields keep every key, sliders and radio
 * groups keep arrows and Home/End, buttons keep Space. PageUp/PageDown (what clickers send) always
 * reach the deck, so a lecturer who last touched a slider can still move on.
 */
export function controlOwnsKey(target: EventTarget | null, key: string): boolean {
  // Element, not HTMLElement: the activation chart is an <svg role="slider">.
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false
  if (key === 'PageUp' || key === 'PageDown') return false
  if ((target as HTMLElement).isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA') return true
  if (tag === 'SELECT') return ARROWS.includes(key) || key === ' '
  if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A') return key === ' ' || key === 'Enter'
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type
    if (type === 'range' || type === 'radio') return ARROWS.includes(key)
    if (type === 'checkbox' || type === 'button' || type === 'submit') return key === ' '
    return true
  }
  if (target.getAttribute('role') === 'slider') return ARROWS.includes(key)
  return false
}
