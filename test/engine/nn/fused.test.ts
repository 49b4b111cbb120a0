/**
 * The fused sequence ops (hand-written BPTT) against finite differences and against the same
 * network unrolled from composed-op cells, on random sizes, lengths and variants.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as E from '../../../src/engine/index.ts'
import { Tensor } from '../../../src/engine/tensor.ts'
import { gradcheck } from '../../helpers/gradcheck.ts'
import { probe } from '../ops/arbitraries.ts'
import { maxDiff, randn, weights } from './helpers.ts'

const sizes = fc.record({
  T: fc.integer({ min: 1, max: 5 }),
  N: fc.integer({ min: 1, max: 3 }),
  I: fc.integer({ min: 1, max: 3 }),
  H: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer(),
})
const runs = { numRuns: 20 }

/** Scalar loss that weighs every output element differently. */
const score = (y: Tensor) => E.sum(E.mul(y, probe(y.shape)))

describe('fused RNN', () => {
  it('gradients match finite differences for every input, tanh / relu / sigmoid', () => {
    fc.assert(
      fc.property(
        sizes,
        fc.constantFrom('tanh', 'relu', 'sigmoid'),
        ({ T, N, I, H, seed }, act) => {
          const rng = new E.Random(seed)
          const w = weights(rng, I, H, 1)
          const x = randn(rng, [T, N, I])
          const h0 = randn(rng, [N, H])
          const f = (x: Tensor, h0: Tensor, wi: Tensor, wh: Tensor, bi: Tensor, bh: Tensor) =>
            E.add(
              score(
                E.rnn(x, h0, { weightIh: wi, weightHh: wh, biasIh: bi, biasHh: bh }, act).output,
              ),
              E.sum(E.rnn(x, h0, { weightIh: wi, weightHh: wh, biasIh: bi, biasHh: bh }, act).hN),
            )
          // relu's kink: skip draws with a pre-activation within 1e-3 of 0
          const rec = E.rnn(x, h0, w, act).record
          fc.pre(act !== 'relu' || rec.preact.every((a) => Math.abs(a) > 1e-3))
          expect(gradcheck(f, [x, h0, w.weightIh, w.weightHh, w.biasIh, w.biasHh])).toEqual([])
        },
      ),
      runs,
    )
  })
  it('equals RNNCell unrolled from composed ops, values and gradients', () => {
    fc.assert(
      fc.property(sizes, ({ T, N, I, H, seed }) => {
        const rng = new E.Random(seed)
        const w = weights(rng, I, H, 1)
        const x = randn(rng, [T, N, I])
        const fused = E.rnn(x, null, w)
        const hs = E.unroll(x, E.zeros([N, H]), (xt, h) => E.rnnCell(xt, h, w))
        expect(
          maxDiff(
            fused.output.data,
            E.cat(
              hs.map((h) => E.reshape(h, [1, N, H])),
              0,
            ).data,
          ),
        ).toBeLessThan(1e-12)
        const grads = (loss: () => Tensor) => {
          Object.values(w).forEach((p) => {
            p.requiresGrad = true
            p.grad = null
          })
          loss().backward()
          return Object.values(w).map((p) => Array.from(p.grad!))
        }
        const a = grads(() => score(E.rnn(x, null, w).output))
        const b = grads(() =>
          score(
            E.cat(
              E.unroll(x, E.zeros([N, H]), (xt, h) => E.rnnCell(xt, h, w)).map((h) =>
                E.reshape(h, [1, N, H]),
              ),
              0,
            ),
          ),
        )
        a.forEach((g, k) => expect(maxDiff(g, b[k])).toBeLessThan(1e-10))
      }),
      runs,
    )
  })
})

describe('fused LSTM', () => {
  for (const variant of ['standard', 'peephole', 'coupled'] as const) {
    it(`${variant}: gradients match finite differences (h0, c0, input, all weights; loss on output and cN)`, () => {
      fc.assert(
        fc.property(sizes, ({ T, N, I, H, seed }) => {
          const rng = new E.Random(seed)
          const G = E.lstmGateCount(variant)
          const w = weights(rng, I, H, G)
          const peep =
            variant === 'peephole' ? [randn(rng, [H]), randn(rng, [H]), randn(rng, [H])] : []
          const x = randn(rng, [T, N, I])
          const h0 = randn(rng, [N, H])
          const c0 = randn(rng, [N, H])
          const f = (
            x: Tensor,
            h0: Tensor,
            c0: Tensor,
            wi: Tensor,
            wh: Tensor,
            bi: Tensor,
            bh: Tensor,
            ...p: Tensor[]
          ) => {
            const r = E.lstm(
              x,
              { h0, c0 },
              {
                weightIh: wi,
                weightHh: wh,
                biasIh: bi,
                biasHh: bh,
                weightCi: p[0],
                weightCf: p[1],
                weightCo: p[2],
              },
              variant,
            )
            // the loss sees every h_t and also c_T
            return E.add(score(r.output), E.sum(E.mul(r.cN, 0.7)))
          }
          expect(
            gradcheck(f, [x, h0, c0, w.weightIh, w.weightHh, w.biasIh, w.biasHh, ...peep]),
          ).toEqual([])
        }),
        runs,
      )
    })
    it(`${variant}: equals LSTMCell unrolled from composed ops, states, gates and gradients`, () => {
      fc.assert(
        fc.property(sizes, ({ T, N, I, H, seed }) => {
          const rng = new E.Random(seed)
          const cell = new E.LSTMCell(I, H, { variant, rng })
          const x = randn(rng, [T, N, I])
          const fused = E.lstm(x, null, cell, variant)
          const steps = E.unroll(
            x,
            { h: E.zeros([N, H]), c: E.zeros([N, H]) } as E.LSTMStep | { h: Tensor; c: Tensor },
            (xt, s) => cell.forward(xt, s),
          ) as E.LSTMStep[]
          steps.forEach((s, t) => {
            const at = (k: number) =>
              Array.from(
                { length: N * H },
                (_, q) => fused.record.gates[(t * N + Math.floor(q / H)) * 4 * H + k * H + (q % H)],
              )
            expect(maxDiff(s.i.data, at(0))).toBeLessThan(1e-12)
            expect(maxDiff(s.f.data, at(1))).toBeLessThan(1e-12)
            expect(maxDiff(s.g.data, at(2))).toBeLessThan(1e-12)
            expect(maxDiff(s.o.data, at(3))).toBeLessThan(1e-12)
            expect(
              maxDiff(s.c.data, fused.record.c.subarray((t + 1) * N * H, (t + 2) * N * H)),
            ).toBeLessThan(1e-12)
            expect(
              maxDiff(s.h.data, fused.output.data.subarray(t * N * H, (t + 1) * N * H)),
            ).toBeLessThan(1e-12)
          })
          const params = cell.parameters()
          const grads = (loss: () => Tensor) => {
            params.forEach((p) => (p.grad = null))
            loss().backward()
            return params.map((p) => Array.from(p.grad!))
          }
          const a = grads(() => score(E.lstm(x, null, cell, variant).output))
          const b = grads(() =>
            score(
              E.cat(
                E.unroll(x, { h: E.zeros([N, H]), c: E.zeros([N, H]) }, (xt, s) =>
                  cell.forward(xt, s),
                ).map((s) => E.reshape(s.h, [1, N, H])),
                0,
              ),
            ),
          )
          a.forEach((g, k) => expect(maxDiff(g, b[k])).toBeLessThan(1e-10))
        }),
        runs,
      )
    })
  }
})

describe('fused GRU', () => {
  it('gradients match finite differences (h0, input and all weights)', () => {
    fc.assert(
      fc.property(sizes, ({ T, N, I, H, seed }) => {
        const rng = new E.Random(seed)
        const w = weights(rng, I, H, 3)
        const x = randn(rng, [T, N, I])
        const h0 = randn(rng, [N, H])
        const f = (x: Tensor, h0: Tensor, wi: Tensor, wh: Tensor, bi: Tensor, bh: Tensor) =>
          score(E.gru(x, h0, { weightIh: wi, weightHh: wh, biasIh: bi, biasHh: bh }).output)
        expect(gradcheck(f, [x, h0, w.weightIh, w.weightHh, w.biasIh, w.biasHh])).toEqual([])
      }),
      runs,
    )
  })
  it('equals GRUCell unrolled from composed ops, states, gates and gradients', () => {
    fc.assert(
      fc.property(sizes, ({ T, N, I, H, seed }) => {
        const rng = new E.Random(seed)
        const cell = new E.GRUCell(I, H, { rng })
        const x = randn(rng, [T, N, I])
        const fused = E.gru(x, null, cell)
        const steps = E.unroll(x, { h: E.zeros([N, H]) } as { h: Tensor }, (xt, s) =>
          cell.forward(xt, s.h),
        ) as E.GRUStep[]
        steps.forEach((s, t) => {
          const at = (k: number) =>
            Array.from(
              { length: N * H },
              (_, q) => fused.record.gates[(t * N + Math.floor(q / H)) * 3 * H + k * H + (q % H)],
            )
          expect(maxDiff(s.r.data, at(0))).toBeLessThan(1e-12)
          expect(maxDiff(s.z.data, at(1))).toBeLessThan(1e-12)
          expect(maxDiff(s.n.data, at(2))).toBeLessThan(1e-12)
          expect(
            maxDiff(s.h.data, fused.output.data.subarray(t * N * H, (t + 1) * N * H)),
          ).toBeLessThan(1e-12)
        })
        const params = cell.parameters()
        const grads = (loss: () => Tensor) => {
          params.forEach((p) => (p.grad = null))
          loss().backward()
          return params.map((p) => Array.from(p.grad!))
        }
        const a = grads(() => score(E.gru(x, null, cell).output))
        const b = grads(() =>
          score(
            E.cat(
              E.unroll(x, { h: E.zeros([N, H]) } as { h: Tensor }, (xt, s) =>
                cell.forward(xt, s.h),
              ).map((s) => E.reshape(s.h, [1, N, H])),
              0,
            ),
          ),
        )
        a.forEach((g, k) => expect(maxDiff(g, b[k])).toBeLessThan(1e-10))
      }),
      runs,
    )
  })
})

describe('one-hot token input', () => {
  it('gives the same outputs and weight gradients as the dense one-hot tensor', () => {
    fc.assert(
      fc.property(sizes, fc.constantFrom('rnn', 'lstm', 'gru'), ({ T, N, I, H, seed }, kind) => {
        const rng = new E.Random(seed)
        const tokens = Array.from({ length: T * N }, () => rng.int(I))
        const dense = new Tensor(
          tokens.flatMap((tok) => Array.from({ length: I }, (_, k) => (k === tok ? 1 : 0))),
          [T, N, I],
        )
        const gates = kind === 'rnn' ? 1 : kind === 'lstm' ? 4 : 3
        const w = weights(rng, I, H, gates)
        const run = (input: E.SequenceInput) => {
          Object.values(w).forEach((p) => {
            p.requiresGrad = true
            p.grad = null
          })
          const out =
            kind === 'rnn'
              ? E.rnn(input, null, w).output
              : kind === 'lstm'
                ? E.lstm(input, null, w).output
                : E.gru(input, null, w).output
          score(out).backward()
          return [Array.from(out.data), ...Object.values(w).map((p) => Array.from(p.grad!))]
        }
        const a = run(E.oneHot(tokens, I, N))
        const b = run(dense)
        a.forEach((v, k) => expect(maxDiff(v, b[k])).toBeLessThan(1e-12))
      }),
      runs,
    )
  })
})
