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
import { textVectorizerSchema } from './TextVectorizer/schema.ts'
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
      'Edit h, x, W and b of one tanh RNN step and watch the concatenation, every product, the pre-activation and h_t follow; compare with the split form.',
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
]

/** The widget registered under `name`, if any (only exact, registered names match). */
export function findWidget(name: string): WidgetDefinition | undefined {
  return widgets.find((w) => w.name === name)
}
