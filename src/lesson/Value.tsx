import { useMemo } from 'react'
import { evaluate } from './expr.ts'
import { formatNumber } from './format.ts'

/**
 * A number in prose, computed by the engine when the page renders: `<Value of="sigmoidGrad(0)" />`.
 * An expression that fails shows a visible marker instead of a wrong number.
 */
export function Value({ of, digits = 4 }: { of: string; digits?: number }) {
  const text = useMemo(() => {
    try {
      return formatNumber(evaluate(of), digits)
    } catch {
      return null
    }
  }, [of, digits])
  if (text === null)
    return (
      <span className="value value--error" title={of}>
        ⚠ cannot compute
      </span>
    )
  return (
    <span className="value" title={of}>
      {text}
    </span>
  )
}
