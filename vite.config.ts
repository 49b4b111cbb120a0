import mdx from '@mdx-js/rollup'
import react from '@vitejs/plugin-react'
import rehypeKatex from 'rehype-katex'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import { defineConfig } from 'vitest/config'
import { precachePlugin } from './build/precache-plugin.ts'
import { lessonsPlugin } from './build/lessons-plugin.ts'
import { remarkLesson } from './build/remark-lesson.ts'

// One config for the app, the unit tests and the end-to-end tests.
// `base: './'` keeps every asset URL relative, so the static build works from any subpath.
export default defineConfig({
  base: './',
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath, remarkLesson],
        rehypePlugins: [rehypeKatex],
        providerImportSource: undefined,
      }),
    },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
    lessonsPlugin(),
    precachePlugin(),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: [
            'test/engine/**/*.test.ts',
            'test/trace/**/*.test.ts',
            'test/train/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [
            'test/engine/**',
            'test/trace/**',
            'test/train/**',
            'test/e2e/**',
            'node_modules/**',
          ],
          setupFiles: ['test/helpers/setup-dom.ts'],
          // A fresh jsdom per file costs over a second on a 2-core machine (Vitest runs one worker
          // there), more than most files' tests; the setup file resets the DOM and storage anyway.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
