import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is a leaf: it must run unchanged in the page, in workers and in Node.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'd3', 'd3-*', 'zustand', 'katex'] },
      ],
    },
  },
  {
    files: ['build/**/*.js', 'eslint.config.js'],
    ignores: ['build/sw-template.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['build/sw-template.js'],
    languageOptions: { globals: globals.serviceworker },
  },
)
