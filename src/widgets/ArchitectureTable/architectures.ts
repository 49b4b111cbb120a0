/**
 * The architectures as data: each layer's hyperparameters as the papers and decks give them. Shapes,
 * parameters and multiply-adds are never written here; describeStack computes them.
 */
import type { LayerSpec } from '../../engine/index.ts'
import type { ArchName } from './schema.ts'

/** One architecture: its input [C, H, W], its layers and a line about where it comes from. */
export interface Architecture {
  label: string
  input: [number, number, number]
  layers: LayerSpec[]
  note: string
}

const conv = (
  name: string,
  outChannels: number,
  kernel: number,
  stride = 1,
  padding = 0,
  bias = true,
): LayerSpec => ({ type: 'conv', name, outChannels, kernel, stride, padding, bias })
const maxPool = (name: string, kernel: number, stride = kernel, padding = 0): LayerSpec => ({
  type: 'pool',
  name,
  mode: 'max',
  kernel,
  stride,
  padding,
})
const fc = (name: string, outFeatures: number): LayerSpec => ({ type: 'fc', name, outFeatures })
const act = (name: string): LayerSpec => ({ type: 'act', name })

/** VGG's stage: n 3×3 convolutions with padding 1, then a 2×2 max pool. */
const vggStage = (stage: number, channels: number, n: number): LayerSpec[] => [
  ...Array.from({ length: n }, (_, i) => conv(`conv${stage}_${i + 1}`, channels, 3, 1, 1)),
  maxPool(`pool${stage}`, 2),
]

/** ResNet convolutions have no bias: batch norm follows each one (its 2C parameters are left out). */
const rconv = (name: string, c: number, k: number, stride = 1) =>
  conv(name, c, k, stride, (k - 1) / 2, false)

/** Every architecture the table offers. */
export const ARCHS: Record<ArchName, Architecture> = {
  lenet5: {
    label: 'LeNet-5',
    input: [1, 32, 32],
    layers: [
      conv('C1', 6, 5),
      { type: 'pool', name: 'S2', mode: 'avg', kernel: 2 },
      conv('C3', 16, 5),
      { type: 'pool', name: 'S4', mode: 'avg', kernel: 2 },
      conv('C5', 120, 5),
      fc('F6', 84),
      fc('output', 10),
    ],
    note: 'LeCun et al., 1998: 5×5 convolutions at stride 1, 2×2 subsampling at stride 2 (C3 fully connected here; the paper wired it sparsely).',
  },
  alexnet: {
    label: 'AlexNet',
    input: [3, 227, 227],
    layers: [
      conv('CONV1', 96, 11, 4),
      maxPool('POOL1', 3, 2),
      act('NORM1'),
      conv('CONV2', 256, 5, 1, 2),
      maxPool('POOL2', 3, 2),
      act('NORM2'),
      conv('CONV3', 384, 3, 1, 1),
      conv('CONV4', 384, 3, 1, 1),
      conv('CONV5', 256, 3, 1, 1),
      maxPool('POOL3', 3, 2),
      fc('FC6', 4096),
      fc('FC7', 4096),
      fc('FC8', 1000),
    ],
    note: 'Krizhevsky et al., 2012, as one tower (the original split the filters over two GPUs).',
  },
  vgg16: {
    label: 'VGG-16',
    input: [3, 224, 224],
    layers: [
      ...vggStage(1, 64, 2),
      ...vggStage(2, 128, 2),
      ...vggStage(3, 256, 3),
      ...vggStage(4, 512, 3),
      ...vggStage(5, 512, 3),
      fc('fc6', 4096),
      fc('fc7', 4096),
      fc('fc8', 1000),
    ],
    note: 'Simonyan and Zisserman, 2014: only 3×3 convolutions (stride 1, padding 1) and 2×2 max pools.',
  },
  inception: {
    label: 'Inception module',
    input: [192, 28, 28],
    layers: [
      {
        type: 'concat',
        name: 'inception3a',
        branches: [
          [conv('1x1', 64, 1)],
          [conv('3x3reduce', 96, 1), conv('3x3', 128, 3, 1, 1)],
          [conv('5x5reduce', 16, 1), conv('5x5', 32, 5, 1, 2)],
          [maxPool('pool', 3, 1, 1), conv('poolproj', 32, 1)],
        ],
      },
    ],
    note: 'GoogLeNet’s first inception module (3a): four branches side by side, joined by DepthConcat.',
  },
  depthconcat: {
    label: 'DepthConcat (deck)',
    input: [1, 16, 16],
    layers: [
      {
        type: 'concat',
        name: 'DepthConcat',
        branches: [[conv('A', 2, 3)], [conv('B', 3, 1)]],
      },
    ],
    note: 'The deck’s example: a 14×14×2 map A and a 16×16×3 map B; the smaller one is zero-padded before stacking.',
  },
  'resnet-basic': {
    label: 'ResNet basic block',
    input: [64, 56, 56],
    layers: [
      {
        type: 'residual',
        name: 'block',
        body: [rconv('conv1', 64, 3), act('relu1'), rconv('conv2', 64, 3)],
      },
      act('relu'),
    ],
    note: 'Two 3×3 convolutions and an identity shortcut, added before the last ReLU (He et al., 2015).',
  },
  'resnet-down': {
    label: 'ResNet block, downsampling',
    input: [64, 56, 56],
    layers: [
      {
        type: 'residual',
        name: 'block',
        body: [rconv('conv1', 128, 3, 2), act('relu1'), rconv('conv2', 128, 3)],
        shortcut: [rconv('proj', 128, 1, 2)],
      },
      act('relu'),
    ],
    note: 'The block that doubles the filters and halves the map: stride 2, and a 1×1 projection on the shortcut so the two can be added.',
  },
  bottleneck: {
    label: 'Bottleneck block',
    input: [256, 56, 56],
    layers: [
      {
        type: 'residual',
        name: 'block',
        body: [
          rconv('reduce', 64, 1),
          act('relu1'),
          rconv('conv3x3', 64, 3),
          act('relu2'),
          rconv('expand', 256, 1),
        ],
      },
      act('relu'),
    ],
    note: 'ResNet-50’s block: a 1×1 convolution squeezes 256 channels to 64, the 3×3 works on 64, a 1×1 restores 256.',
  },
  highway: {
    label: 'Highway layer',
    input: [64, 28, 28],
    layers: [
      {
        type: 'highway',
        name: 'highway',
        transform: [conv('conv', 64, 3, 1, 1), act('relu')],
        gate: [conv('conv', 64, 3, 1, 1), act('sigmoid')],
      },
    ],
    note: 'y = H(x)·T(x) + x·(1 − T(x)): the gate T decides, cell by cell, how much of the transform H replaces x.',
  },
}
