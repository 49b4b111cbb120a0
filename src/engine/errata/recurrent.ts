import type { Erratum } from './types.ts'

/** Slips in the decks' dense, recurrent and gradient examples. */
export const recurrentErrata: Erratum[] = [
  {
    deck: '000_a4f4f7203b287328.txt',
    where: 'A simple forward pass, Solution (line 664)',
    printed: '(0, 1, 1, 0) · W = (-1, 1.8)',
    correct: '(0, 1, 1, 0) · W = (-1, 1.5), so h_t = tanh((-1, 1.5)) ≈ (-0.7616, 0.9051)',
    explanation:
      "The product adds rows 2 and 3 of W, (0, 1) + (-1, 0.5) = (-1, 1.5); the slide's final " +
      '(-0.76, 0.91) is tanh of the correct (-1, 1.5), while tanh(1.8) would be 0.95.',
  },
  {
    deck: '004_0b418e6178dc4cd8.txt',
    where: 'DNN: Forward Propagation (Example), hidden units h1 (lines 161-162)',
    printed:
      'Θ1ᵀ has third row (-1.5, 0.3), so Θ1ᵀx = (1.35, 2.45, -1.65) and h1 = (0.79, 0.92, 0.16)',
    correct:
      'Θ1ᵀ has third row (1.5, 0.3), so Θ1ᵀx = (1.35, 2.45, 1.35) and h1 ≈ (0.7941, 0.9206, 0.7941)',
    explanation:
      'Θ1 is printed with +1.5 in row 1, column 3, but its transpose shows -1.5, and every later number ' +
      'of the example follows the -1.5. Either the matrix or its transpose is a typo; Unfold takes Θ1 as printed.',
  },
  {
    deck: '004_0b418e6178dc4cd8.txt',
    where:
      'DNN: Forward Propagation (Example), output and error (lines 189, 329 and the following ∂E/∂ŷ)',
    printed: 'Θ2ᵀh1 = 0.51, ŷ = 0.62, E = 0.072, ∂E/∂ŷ = -0.38',
    correct: 'Θ2ᵀh1 ≈ 1.3338, ŷ ≈ 0.7915, E ≈ 0.02174, ∂E/∂ŷ ≈ -0.2085',
    explanation:
      'These follow correctly from the slipped h1; with the correct h1 the output is 0.79, not 0.62.',
  },
  {
    deck: '004_0b418e6178dc4cd8.txt',
    where: 'Backpropagation example, ∂E/∂Θ2 and the update with γ = 1 (lines 344-348)',
    printed: '∂E/∂Θ2 = (0.02, -0.05, -0.12), updated Θ2 = (-0.22, 0.55, 1.42)',
    correct: '∂E/∂Θ2 ≈ (-0.02733, -0.03168, -0.02733), updated Θ2 ≈ (-0.1727, 0.5317, 1.3273)',
    explanation:
      "(ŷ - y)σ'(s2)h1 has the sign of ŷ - y < 0 in every entry since h1 > 0; even from the slide's own " +
      'h1 and ŷ it is (-0.0695, -0.0809, -0.0141), so the printed gradient matches neither.',
  },
  {
    deck: '004_0b418e6178dc4cd8.txt',
    where: 'Vanishing Gradient Problem, gradient with respect to θ1 (line 940)',
    printed: "∂L/∂θ1 = ∂L/∂ŷ · σ'(s3) · h2 · σ'(s2) · h1 · σ'(s1) · x",
    correct: "∂L/∂θ1 = ∂L/∂ŷ · σ'(s3) · θ3 · σ'(s2) · θ2 · σ'(s1) · x",
    explanation:
      'Going back through layer k multiplies by ∂s_k/∂h_{k-1} = θ_k, the weight; the activation h_{k-1} ' +
      'appears only in the gradient of θ_k itself.',
  },
  {
    deck: '003_c1f892aca06477f7.txt',
    where: 'Vanilla RNN gradient flow, the Jacobian of one step (line 1114)',
    printed: "∂h_t/∂h_{t-1} = diag(tanh'(W [h_{t-1}; x_t])) W_hhᵀ",
    correct: "∂h_t/∂h_{t-1} = diag(tanh'(W [h_{t-1}; x_t])) W_hh",
    explanation:
      "With column vectors and h_t = tanh(W_hh h_{t-1} + W_xh x_t), the deck's own definition, row i of " +
      "the Jacobian is tanh'(a_i) times row i of W_hh. The transpose belongs to the backward pass, " +
      "∂L/∂h_{t-1} = W_hhᵀ diag(tanh'(a_t)) ∂L/∂h_t; the two agree only for a symmetric W_hh.",
  },
]
