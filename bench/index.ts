/**
 * `npm run bench`: the engine against tfjs-core's CPU and WASM backends in one Node process. Each
 * case is set up once per implementation, warmed up, then timed over several repetitions; the table
 * shows median ms per op and the engine/peer ratio (below 1: the engine is faster).
 */
import { existsSync } from 'node:fs'
import { register } from 'node:module'
import { cpus } from 'node:os'
import { cases as lstmCases } from './lstm.bench.ts'
import { cases as matmulCases } from './matmul.bench.ts'
import { cases as rnnCases } from './rnn.bench.ts'
import type { Peer } from './tfjs.ts'
import { trainingRows } from './training.bench.ts'
import type { BenchCase } from './types.ts'

// tfjs-core's ESM build imports './gradients' and other paths without an extension, which Node's
// ESM resolver refuses; this hook retries such imports inside @tensorflow packages with '.js'.
const extensionHook = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context)
  } catch (err) {
    const inTfjs = context.parentURL && context.parentURL.includes('/@tensorflow/')
    if (inTfjs && specifier.startsWith('.') && !specifier.endsWith('.js')) return next(specifier + '.js', context)
    throw err
  }
}`
register('data:text/javascript,' + encodeURIComponent(extensionHook))
const { switchBackend } = await import('./tfjs.ts')

/** The other helper's conv/pool cases, when that file exists. */
async function convCases(): Promise<BenchCase[]> {
  const url = new URL('./conv.bench.ts', import.meta.url)
  if (!existsSync(url)) return []
  const mod = (await import(url.href)) as { cases: BenchCase[] }
  return mod.cases
}

/** Median wall time (ms) of `fn` after warm-up, over at least `minReps` runs or ~`budgetMs`. */
function time(fn: () => void, minReps = 15, budgetMs = 1500): number {
  for (let i = 0; i < 5; i++) fn()
  const samples: number[] = []
  const start = performance.now()
  while (
    samples.length < minReps ||
    (performance.now() - start < budgetMs && samples.length < 200)
  ) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

async function main() {
  const all = [...matmulCases, ...(await convCases()), ...lstmCases, ...rnnCases]
  const peers: Peer[] = ['cpu', 'wasm']
  const rows = all.map((c) => ({
    name: c.name,
    engine: time(c.engine()),
    peers: {} as Record<Peer, number>,
  }))
  const missing: string[] = []
  for (const peer of peers) {
    const tf = await switchBackend(peer)
    all.forEach((c, k) => {
      // a backend without some kernel (wasm has no conv2d backward) gets NaN and a note, not a crash
      try {
        rows[k].peers[peer] = time(c.tfjs(tf))
      } catch (err) {
        rows[k].peers[peer] = NaN
        missing.push(`${c.name} on tfjs ${peer}: ${(err as Error).message}`)
      }
    })
  }
  const fmt = (v: number) => (Number.isNaN(v) ? 'n/a' : v < 1 ? v.toFixed(3) : v.toFixed(2))
  console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`)
  console.log('| case | engine ms | tfjs cpu ms | tfjs wasm ms | engine/cpu | engine/wasm |')
  console.log('|---|---|---|---|---|---|')
  for (const r of rows) {
    const ratio = (p: Peer) =>
      Number.isNaN(r.peers[p]) ? 'n/a' : (r.engine / r.peers[p]).toFixed(2)
    console.log(
      `| ${r.name} | ${fmt(r.engine)} | ${fmt(r.peers.cpu)} | ${fmt(r.peers.wasm)} | ${ratio('cpu')} | ${ratio('wasm')} |`,
    )
  }
  for (const note of missing) console.log(`n/a: ${note}`)
  console.log('\n| training task (default hyperparameters) | steps/s | steps timed |')
  console.log('|---|---|---|')
  for (const r of await trainingRows())
    console.log(`| ${r.task} | ${r.stepsPerSecond.toFixed(1)} | ${r.steps} |`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
