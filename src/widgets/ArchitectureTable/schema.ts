import type { Schema } from '../params.ts'

/** The architectures the table can show, by link name. */
export const ARCHITECTURES = [
  'lenet5',
  'alexnet',
  'vgg16',
  'inception',
  'depthconcat',
  'resnet-basic',
  'resnet-down',
  'bottleneck',
  'highway',
] as const

/** One of the architectures. */
export type ArchName = (typeof ARCHITECTURES)[number]

/** Parameters of the architecture table; edited layers are per-instance state. */
export const architectureTableSchema: Schema = [
  {
    name: 'arch',
    type: 'choice',
    label: 'Architecture',
    default: 'alexnet',
    choices: ARCHITECTURES,
    help: 'LeNet-5, AlexNet, VGG-16, an inception module, the deck’s DepthConcat example, ResNet blocks or a highway layer.',
  },
]
