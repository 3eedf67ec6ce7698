import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layers: commands sit above the data layer, and a page render never writes (it calls no command).
    files: ['db/queries/**/*.ts', 'app/**/page.tsx', 'app/**/layout.tsx', 'components/**/*.tsx'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/lib/commands/*'], message: 'Only server actions, route handlers and scripts call commands (lib/commands).' }] },
      ],
    },
  },
  {
    // The data layer loads and persists; deciding is for the commands. Types from lib/domain are fine.
    // The listed files still apply authoring, account and throttling rules inside their writes (to move).
    files: ['db/queries/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      'db/queries/authoring-lessons.ts',
      'db/queries/authoring-modules.ts',
      'db/queries/authoring-questions.ts',
      'db/queries/bank-questions.ts',
      'db/queries/quiz-from-bank.ts',
      'db/queries/set-password.ts',
      'db/queries/sign-in-throttle.ts',
      'db/queries/user-admin.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/commands/*'], message: 'Only server actions, route handlers and scripts call commands (lib/commands).' },
            { group: ['@/lib/domain/*'], allowTypeImports: true, message: 'db/queries only loads and persists: apply lib/domain rules in a command.' },
          ],
        },
      ],
    },
  },
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
