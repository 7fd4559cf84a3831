// ESLint flat config: typescript-eslint's recommended rules plus the house boundaries of STYLE.md.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const electronOnlyIn = [
  'main/app/**',
  'main/ipc/**',
  'main/preload/**',
  'test/main/app/**',
  'test/main/ipc/**',
  'test/main/preload/**',
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'coverage/**',
      'test-output/**',
      'bench-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The engine never imports electron, so it runs in the CLI, the web host and plain Node tests.
    files: ['main/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: electronOnlyIn,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only main/app, main/ipc and main/preload may import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    // STYLE.md rule 2: only the IPC door and the preload touch ipcMain / ipcRenderer.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.cjs', '**/*.mjs'],
    ignores: ['main/ipc/**', 'main/preload/**', 'test/main/ipc/**', 'test/main/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Identifier[name=/^ipc(Main|Renderer)$/]',
          message: 'Only main/ipc (the door) and main/preload may touch ipcMain or ipcRenderer.',
        },
      ],
    },
  },
  {
    // shared/ is the contract: it imports nothing from main/ or renderer/, and no Node built-ins.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/main/**', '**/renderer/**', 'node:*', 'electron'] },
      ],
    },
  },
  {
    files: ['**/*.cjs', '**/*.mjs', 'scripts/**/*.js'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
