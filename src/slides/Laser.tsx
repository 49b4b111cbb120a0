import { useEffect, useState } from 'react'

/** A red laser dot that follows the pointer while on (L toggles it), and hides the cursor. */
export function Laser() {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null)
  useEffect(() => {
    const move = (e: PointerEvent) => setAt({ x: e.clientX, y: e.clientY })
    window.addEventListener('pointermove', move)
    document.documentElement.classList.add('laser-on')
    return () => {
      window.removeEventListener('pointermove', move)
      document.documentElement.classList.remove('laser-on')
    }
  }, [])
  if (!at) return null
  return <div className="laser" style={{ left: at.x, top: at.y }} aria-hidden="true" />
}
