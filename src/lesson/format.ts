/** A number for reading: `digits` significant digits, no trailing zeros, a true minus sign. */
export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞'
  if (value === 0) return '0'
  const abs = Math.abs(value)
  if (abs >= 1e6 || abs < 1e-4) return scientific(value, digits)
  let text = value.toPrecision(digits)
  // toPrecision falls back to "1.235e+4" when the integer part has more digits than asked for.
  if (text.includes('e')) return scientific(value, digits)
  if (text.includes('.')) text = text.replace(/\.?0+$/, '')
  return text.replace('-', '−')
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
}

/** 4.54×10⁻⁵ rather than 4.54e-5: the way the number is written on a board. */
function scientific(value: number, digits: number): string {
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e')
  const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa
  const e = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)
  return `${m.replace('-', '−')}×10${e}`
}
