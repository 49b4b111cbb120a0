/**
 * Every widget, by name. Schemas are small and load eagerly (validation and links need them);
 * components load on demand.
 */
import { activationExplorerSchema } from './ActivationExplorer/schema.ts'
import { convStepperSchema } from './ConvStepper/schema.ts'
import { shapeCalculatorSchema } from './ShapeCalculator/schema.ts'
import { rnnStepSchema } from './RnnStep/schema.ts'
import { rnnUnrollerSchema } from './RnnUnroller/schema.ts'
import { gradientFlowSchema } from './GradientFlow/schema.ts'
import { poolStepperSchema } from './PoolStepper/schema.ts'
import { transposedConvSchema } from './TransposedConvStepper/schema.ts'
import { textVectorizerSchema } from './TextVectorizer/schema.ts'
import { matchedFilterSchema } from './MatchedFilter/schema.ts'
import { gateHeatmapsSchema } from './GateHeatmaps/schema.ts'
import { sequenceLossSchema } from './SequenceLoss/schema.ts'
import { bpttViewerSchema } from './BpttViewer/schema.ts'
import { backpropNetSchema } from './BackpropNet/schema.ts'
import { receptiveFieldSchema } from './ReceptiveField/schema.ts'
import { architectureTableSchema } from './ArchitectureTable/schema.ts'
import { countingTrainerSchema } from './CountingTrainer/schema.ts'
import { charModelTrainerSchema } from './CharModelTrainer/schema.ts'
import { iceCreamTrainerSchema } from './IceCreamTrainer/schema.ts'
import { digitTrainerSchema } from './DigitTrainer/schema.ts'
import { memoryExperimentSchema } from './MemoryExperiment/schema.ts'
import type { WidgetDefinition } from './types.ts'

/** The registry, in gallery order. */
export const widgets: readonly WidgetDefinition[] = [
  {
    name: 'activation-explorer',
    component: 'ActivationExplorer',
    title: 'Activation explorer',
    description:
      'Pick an activation function, move x, and read f(x) and its slope f′(x); shaded bands show where the function saturates.',
    schema: activationExplorerSchema,
    load: () => import('./ActivationExplorer/index.tsx'),
  },
  {
    name: 'conv-stepper',
    component: 'ConvStepper',
    title: 'Convolution stepper',
    description:
      'Slide a kernel over an editable input, one output cell at a time: the window, every product, the sum, bias and ReLU, and the same sum as a formula, with stride, padding, dilation, channels and filters, on an image or a 1-D signal.',
    schema: convStepperSchema,
    load: () => import('./ConvStepper/index.tsx'),
  },
  {
    name: 'pool-stepper',
    component: 'PoolStepper',
    title: 'Pooling stepper',
    description:
      'Max, average or p-norm pooling stepped one output cell at a time over an editable input: the window, its winner or mean with live numbers, and a backward view showing where each output gradient goes.',
    schema: poolStepperSchema,
    load: () => import('./PoolStepper/index.tsx'),
  },
  {
    name: 'shape-calculator',
    component: 'ShapeCalculator',
    title: 'Shape and parameter calculator',
    description:
      "A convolution layer's hyperparameters in, its output volume, weights, biases and multiply-adds out, with the formulas written out and a plain-words reason when the layer does not fit.",
    schema: shapeCalculatorSchema,
    load: () => import('./ShapeCalculator/index.tsx'),
  },
  {
    name: 'rnn-step',
    component: 'RnnStep',
    title: 'RNN step calculator',
    description:
      'Edit h, x, W and b of one tanh RNN, LSTM or GRU step and watch every intermediate follow: the concatenation, the products, the pre-activation and h_t (with the split form); the LSTM’s four gate blocks, c_t and h_t; the GRU’s r, z, candidate n and h_t, stage by stage.',
    schema: rnnStepSchema,
    load: () => import('./RnnStep/index.tsx'),
  },
  {
    name: 'rnn-unroller',
    component: 'RnnUnroller',
    title: 'RNN unroller',
    description:
      'A character RNN over a word you type: the same cell at every step, the hidden state flowing right and next-character probabilities, stepped, played or scrubbed.',
    schema: rnnUnrollerSchema,
    load: () => import('./RnnUnroller/index.tsx'),
  },
  {
    name: 'gradient-flow',
    component: 'GradientFlow',
    title: 'Gradient-flow plot',
    description:
      'How the gradient ||∂h_T/∂h_t|| of a recurrent network shrinks or grows with the steps back, on a log scale, as you change the largest singular value of W_hh, the activation and the length; pin curves to compare, and clip by norm.',
    schema: gradientFlowSchema,
    load: () => import('./GradientFlow/index.tsx'),
  },
  {
    name: 'text-vectorizer',
    component: 'TextVectorizer',
    title: 'Text vectorizer',
    description:
      'Type a few sentences and see the vocabulary they build and each one as a bag-of-words count vector (with a note when word order is lost), or one sentence as one-hot characters.',
    schema: textVectorizerSchema,
    load: () => import('./TextVectorizer/index.tsx'),
  },
  {
    name: 'transposed-conv',
    component: 'TransposedConvStepper',
    title: 'Transposed-convolution stepper',
    description:
      'Each input cell stamps the kernel, scaled by its value, onto a larger output; overlapping stamps add and the padding crops the border. Step, play or scrub the stamps, edit the input and kernel, and read the output size formula with live numbers.',
    schema: transposedConvSchema,
    load: () => import('./TransposedConvStepper/index.tsx'),
  },
  {
    name: 'matched-filter',
    component: 'MatchedFilter',
    title: 'Matched filter',
    description:
      'A template hidden in seeded noise, found as the peak of the template slid along the signal; probe any window to see its products and sum, switch to convolution (flip, then slide) and raise the noise until detection fails.',
    schema: matchedFilterSchema,
    load: () => import('./MatchedFilter/index.tsx'),
  },
  {
    name: 'gate-heatmaps',
    component: 'GateHeatmaps',
    title: 'Gate heatmaps',
    description:
      'Type a short sequence and see every gate and state of an LSTM (standard, peephole or coupled) or a GRU as a time × unit heatmap; hover or focus a cell for its value and the equation that produced it, with hand-set units that count or latch on a character.',
    schema: gateHeatmapsSchema,
    load: () => import('./GateHeatmaps/index.tsx'),
  },
  {
    name: 'sequence-loss',
    component: 'SequenceLoss',
    title: 'Sequence loss',
    description:
      'A mini-batch of sequences as a table: each step’s target, the predicted probability and its cross-entropy term, padded cells masked out with a click, per-sequence sums and the batch loss averaged over sequences or over positions.',
    schema: sequenceLossSchema,
    load: () => import('./SequenceLoss/index.tsx'),
  },
  {
    name: 'bptt-viewer',
    component: 'BpttViewer',
    title: 'BPTT viewer',
    description:
      'A small RNN unrolled over T steps with the gradient flowing back step by step: dL/dh_t on every arrow, each step’s share of dL/dW_hh and their running sum (equal to autograd’s), a truncation window k and the gradient of a learned h_0.',
    schema: bpttViewerSchema,
    load: () => import('./BpttViewer/index.tsx'),
  },
  {
    name: 'backprop-net',
    component: 'BackpropNet',
    title: 'Backpropagation, step by step',
    description:
      'A two-layer sigmoid network with editable x, Θ₁, Θ₂, target and learning rate, stepped through the forward pass, the loss, every delta and gradient (the chain rule by hand, equal to autograd), one gradient step and the loss after it.',
    schema: backpropNetSchema,
    load: () => import('./BackpropNet/index.tsx'),
  },
  {
    name: 'receptive-field',
    component: 'ReceptiveField',
    title: 'Receptive-field explorer',
    description:
      'Build a stack of convolutions (kernel, stride, padding, dilation, 2-D or causal 1-D), pick an output unit and see the input cells it depends on: the theoretical field and jump from the geometry beside the field measured by back-propagating from that unit.',
    schema: receptiveFieldSchema,
    load: () => import('./ReceptiveField/index.tsx'),
  },
  {
    name: 'architecture-table',
    component: 'ArchitectureTable',
    title: 'Architecture table',
    description:
      'LeNet-5, AlexNet, VGG-16, an inception module, ResNet blocks or a highway layer, layer by layer: output shape, weights, biases, parameters, multiply-adds and receptive field computed live; edit any layer and every later row follows, or says in words why it no longer fits.',
    schema: architectureTableSchema,
    load: () => import('./ArchitectureTable/index.tsx'),
  },
  {
    name: 'counting-trainer',
    component: 'CountingTrainer',
    title: 'Counting trainer: LSTM vs GRU on aⁿbⁿ',
    description:
      'Train a small LSTM or GRU in a web worker to predict the next symbol of aⁿbⁿ (or aⁿbⁿcⁿ), then look for a counter: its memory state as a heatmap over any string, n beyond the training range included, and the accuracy for every n.',
    schema: countingTrainerSchema,
    load: () => import('./CountingTrainer/index.tsx'),
    prefetch: false,
  },
  {
    name: 'char-model-trainer',
    component: 'CharModelTrainer',
    title: 'Character model trainer',
    description:
      'Train a character-level RNN, LSTM or GRU in a web worker on "hello", on Shakespeare\'s sonnets or on a text you paste or upload, and watch its samples go from gibberish to words as the loss falls from ln V; a temperature slider and a priming text steer the samples.',
    schema: charModelTrainerSchema,
    load: () => import('./CharModelTrainer/index.tsx'),
    prefetch: false,
  },
  {
    name: 'ice-cream-trainer',
    component: 'IceCreamTrainer',
    title: 'Ice-cream store trainer',
    description:
      'An RNN reads the daily weather (sunny, cloudy, rainy) and learns, in a web worker, on which days the store runs out under a hidden ordering policy; set how many days the policy looks back, watch the per-day predictions against the truth, then reveal the policy.',
    schema: iceCreamTrainerSchema,
    load: () => import('./IceCreamTrainer/index.tsx'),
    prefetch: false,
  },
  {
    name: 'digit-trainer',
    component: 'DigitTrainer',
    title: 'Digit trainer: a small CNN on real MNIST digits',
    description:
      'Train a LeNet-style CNN (conv, ReLU, max-pool, conv, ReLU, max-pool, dense) on real handwritten digits in a web worker, then draw a digit to see its prediction and feature maps, the learned first-layer filters, and the confusion matrix on held-out digits.',
    schema: digitTrainerSchema,
    load: () => import('./DigitTrainer/index.tsx'),
    prefetch: false,
  },
  {
    name: 'memory-experiment',
    component: 'MemoryExperiment',
    title: 'Long-memory experiment: RNN against LSTM',
    description:
      'Remember the first symbol of a sequence for k steps: a vanilla tanh RNN and an LSTM train in a web worker for every k from 2 up to 32, and their validation accuracy is plotted against k, with the chance line, filling in as training goes.',
    schema: memoryExperimentSchema,
    load: () => import('./MemoryExperiment/index.tsx'),
    prefetch: false,
  },
]

/** The widget registered under `name`, if any (only exact, registered names match). */
export function findWidget(name: string): WidgetDefinition | undefined {
  return widgets.find((w) => w.name === name)
}
