import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import autoImports from './.wxt/eslint-auto-imports.mjs';
import layers from './scripts/lint/import-direction.js';

export default tseslint.config(
  { ignores: ['.output/', '.out-*/', '.wxt/', 'node_modules/', 'screenshots/', 'coverage/', 'web-ext-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  autoImports,
  {
    plugins: { layers },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'layers/import-direction': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page-derived text is shown as text: use textContent.' },
        { property: 'outerHTML', message: 'Page-derived text is shown as text: use textContent.' },
      ],
    },
  },
);
