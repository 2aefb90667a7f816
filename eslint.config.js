import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Import direction is part of the architecture (docs/ARCHITECTURE.md): lint enforces it. */
const webFeatures = [
  'auth',
  'units',
  'users',
  'tasks',
  'notifications',
  'indicators',
  'dashboard',
  'reports',
  'publishing',
  'portal',
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'drizzle', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/web/**'] }] },
  },
  {
    files: ['src/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/web/**', '**/tests/**'] }] },
  },
  ...webFeatures.map((feature) => ({
    files: [`src/web/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/server/**', ...webFeatures.filter((f) => f !== feature).map((f) => `**/features/${f}/**`)] },
      ],
    },
  })),
);
