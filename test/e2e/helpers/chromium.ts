/**
 * Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a
 * browser Playwright installed itself. Never downloads one; when none is found, the error says how
 * to get one (the tests fail, they do not skip).
 */
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the end-to-end tests. Get one of:',
  '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium fonts-liberation',
  '  - any Chromium or Chrome binary: export CHROMIUM_PATH=/path/to/chrome',
  '  - where downloads are allowed: npx playwright install chromium',
].join('\n')

/** The path of a usable Chromium binary, or null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  for (const c of candidates) if (c && existsSync(c)) return c
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // playwright-core has no browser of its own installed
  }
  return null
}

/** Flags for headless Chromium in a sandboxed, offline CI container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
