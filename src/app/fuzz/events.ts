/** One random input event for the fuzzer: pointer, wheel, key, or an edit of a form control. */
import type { Random } from '../../engine/random.ts'

const KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  ' ',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'Enter',
  'Escape',
  'Tab',
  'Backspace',
  'o',
  'b',
  '?',
  '.',
  'f',
  'x',
  '0',
  '1',
  '7',
  '-',
  'e',
]
const TEXT = [
  '0',
  '1',
  '-3',
  '0.5',
  '1e9',
  'NaN',
  'abc',
  '',
  '()',
  '2x',
  '<b>',
  '1/0',
  'sigmoid(2)',
  '9999999',
]

const FOCUSABLE = 'button, input, select, textarea, summary, [tabindex], a[href]'

function visible(el: Element): boolean {
  const r = el.getBoundingClientRect()
  return (
    r.width > 0 &&
    r.height > 0 &&
    r.bottom > 0 &&
    r.right > 0 &&
    r.top < innerHeight &&
    r.left < innerWidth
  )
}

/** Links that would leave the app or open windows are never followed. */
function safe(el: Element): boolean {
  if (!(el instanceof HTMLAnchorElement)) return true
  return el.target !== '_blank' && (el.getAttribute('href') ?? '').startsWith('#')
}

function setNativeValue(
  el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
): void {
  // React tracks the value itself; go through the prototype's setter so it sees the change.
  const proto = Object.getPrototypeOf(el) as object
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value)
  el.dispatchEvent(new Event('input', { bubbles: true }))
  el.dispatchEvent(new Event('change', { bubbles: true }))
}

function pointerAt(rng: Random): void {
  const x = rng.uniform(0, innerWidth)
  const y = rng.uniform(0, innerHeight)
  const target = document.elementFromPoint(x, y)
  if (!target || !safe(target.closest('a') ?? target)) return
  const init = {
    bubbles: true,
    cancelable: true,
    clientX: x,
    clientY: y,
    pointerId: 1,
    isPrimary: true,
  }
  target.dispatchEvent(new PointerEvent('pointerdown', init))
  const steps = rng.int(4)
  for (let i = 0; i < steps; i++) {
    const move = { ...init, clientX: x + rng.uniform(-40, 40), clientY: y + rng.uniform(-40, 40) }
    target.dispatchEvent(new PointerEvent('pointermove', move))
  }
  target.dispatchEvent(new PointerEvent('pointerup', init))
  target.dispatchEvent(new MouseEvent('click', init))
}

function editControl(rng: Random): void {
  const controls = Array.from(
    document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      // A file input only opens the browser's picker; nobody types into it.
      'input:not([type="file"]), select, textarea',
    ),
  ).filter(visible)
  if (controls.length === 0) return
  const el = rng.pick(controls)
  el.focus()
  if (el instanceof HTMLSelectElement) {
    if (el.options.length) setNativeValue(el, el.options[rng.int(el.options.length)].value)
  } else if (el instanceof HTMLInputElement && el.type === 'range') {
    const min = Number(el.min || 0)
    const max = Number(el.max || 100)
    setNativeValue(el, String(rng.uniform(min, max)))
  } else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    el.click()
  } else {
    setNativeValue(el, rng.pick(TEXT))
    if (rng.bernoulli(0.5)) el.form?.requestSubmit()
  }
}

function press(rng: Random): void {
  const key = rng.pick(KEYS)
  const target = document.activeElement ?? document.body
  const init = { key, bubbles: true, cancelable: true, shiftKey: rng.bernoulli(0.1) }
  target.dispatchEvent(new KeyboardEvent('keydown', init))
  target.dispatchEvent(new KeyboardEvent('keyup', init))
}

function focusSomething(rng: Random): void {
  const all = Array.from(document.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => visible(el) && safe(el),
  )
  if (all.length) rng.pick(all).focus()
}

function wheel(rng: Random): void {
  const target =
    document.elementFromPoint(rng.uniform(0, innerWidth), rng.uniform(0, innerHeight)) ??
    document.body
  target.dispatchEvent(
    new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: rng.uniform(-300, 300) }),
  )
}

/** Fires one random event at the page. */
export function randomEvent(rng: Random): void {
  const r = rng.next()
  if (r < 0.35) pointerAt(rng)
  else if (r < 0.6) press(rng)
  else if (r < 0.75) editControl(rng)
  else if (r < 0.88) focusSomething(rng)
  else wheel(rng)
}
