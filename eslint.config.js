// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One lint configuration for the whole tree: ESLint's and typescript-eslint's recommended
 * rules, the Astro plugin's for components and pages. Formatting is Prettier's, not
 * ESLint's. The layer order of src/ is checked by tests/unit/architecture.test.ts.
 */
export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'src/citations/styles/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are mistakes, except `_`-prefixed ones kept on purpose (destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
);
