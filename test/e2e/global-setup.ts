/**
 * Serves the production build (dist/) with `vite preview` on 127.0.0.1 for the end-to-end tests and
 * hands the tests its URL and the Chromium path. The build itself is made by the test command first.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import type { TestProject } from 'vitest/node'
import { findChromium, HOW_TO_GET_CHROMIUM } from './helpers/chromium.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromiumPath: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolve(port))
    })
  })
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${log()}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${log()}`)
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium()
  if (!chromiumPath) throw new Error(HOW_TO_GET_CHROMIUM)
  // UNFOLD_DIST lets one spec run against a build made elsewhere (e.g. `vite build --outDir /tmp/x`).
  const dist = process.env.UNFOLD_DIST ?? 'dist'
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(
      `${dist}/ is missing: run \`npm run build\` first (\`npm test\` does this for you).`,
    )
  }
  const port = await freePort()
  // Run vite's own entry, not an npx wrapper, so killing this process frees the port.
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      dist,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const baseUrl = `http://127.0.0.1:${port}/`
  await waitForServer(baseUrl, child, () => output)
  project.provide('baseUrl', baseUrl)
  project.provide('chromiumPath', chromiumPath)
  return () => {
    child.kill('SIGTERM')
  }
}
