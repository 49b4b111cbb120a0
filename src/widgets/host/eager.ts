import { createContext } from 'react'

/**
 * True where every widget must mount at once instead of when scrolled near (the printable deck:
 * a printer never scrolls).
 */
export const EagerWidgets = createContext(false)
