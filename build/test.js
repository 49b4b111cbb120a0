#!/usr/bin/env node
// `npm test`: everything, in the order a failure is cheapest to find. Lint, formatting and types,
// then engine, unit and component tests, then the production build, then end-to-end and fuzz tests
// in real Chromium. Every step runs; the summary says which failed and the exit code reflects it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const CHROMIUM_HELP = [
  'No Chromium found for the end-to-end tests. Get one of:',
  '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium fonts-liberation',
  '  - any Chromium or Chrome binary: export CHROMIUM_PATH=/path/to/chrome',
  '  - where downloads are allowed: npx playwright install chromium',
].join('\n')

function findChromium() {
  for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (c && existsSync(c)) return c
  }
  const probe = spawnSync(
    process.execPath,
    ['-e', "import('playwright-core').then(m => console.log(m.chromium.executablePath()))"],
    { encoding: 'utf8' },
  )
  const own = probe.stdout?.trim()
  return own && existsSync(own) ? own : null
}

const bin = (name) => `node_modules/.bin/${name}`
mkdirSync('test-results', { recursive: true })

const steps = [
  ['lint (eslint)', bin('eslint'), ['.']],
  ['format (prettier --check)', bin('prettier'), ['--check', '.']],
  ['types (tsc --noEmit)', bin('tsc'), ['--noEmit']],
  [
    'engine, unit and component tests (vitest)',
    bin('vitest'),
    [
      'run',
      '--project',
      'engine',
      '--project',
      'unit',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
  ],
  ['production build (vite build)', bin('vite'), ['build']],
  [
    'end-to-end and fuzz tests in Chromium (vitest + playwright-core)',
    bin('vitest'),
    [
      'run',
      '--project',
      'e2e',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/e2e.json',
    ],
  ],
]

const chromium = findChromium()
const failed = []
for (const [name, cmd, args] of steps) {
  if (name.startsWith('end-to-end') && !chromium) {
    console.error(`\n${CHROMIUM_HELP}\n`)
    failed.push(name)
    continue
  }
  console.log(`\n▶ ${name}`)
  const env = { ...process.env, ...(chromium ? { CHROMIUM_PATH: chromium } : {}) }
  const run = spawnSync(cmd, args, { stdio: 'inherit', env })
  if (run.status !== 0) failed.push(name)
}

// One closing line: every Vitest test counts once, and so does each non-test step (lint, format,
// types, build), so a lint failure can never hide behind "0 failed".
let passed = 0
let failedTests = 0
for (const file of ['test-results/unit.json', 'test-results/e2e.json']) {
  if (!existsSync(file)) continue
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests ?? 0
  failedTests += report.numFailedTests ?? 0
  rmSync(file)
}
console.log('')
for (const name of failed) console.log(`✗ ${name}`)
if (failed.length === 0) console.log('✓ every step passed')
const checks = steps.filter(([, cmd]) => cmd !== bin('vitest')).map(([name]) => name)
const badChecks = checks.filter((name) => failed.includes(name)).length
const badRuns = failed.filter((name) => !checks.includes(name)).length
console.log(
  `checks: ${passed + checks.length - badChecks} passed, ${failedTests + badChecks + (failedTests ? 0 : badRuns)} failed`,
)
process.exit(failed.length ? 1 : 0)
