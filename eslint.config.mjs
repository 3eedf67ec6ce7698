import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const commandsOnlyFromWriters = {
  group: ['@/lib/commands', '@/lib/commands/*'],
  message: 'Only server actions, route handlers and scripts call commands (lib/commands): a page render never writes.',
};
const noDataLayerInComponents = {
  regex: '^@/db(/|$)',
  allowTypeImports: true,
  message: 'Components receive data as props; only server pages, actions and handlers read db/ (types are fine).',
};

/** A question type's UI pieces: its trainee input and builder fields, and the client-side registries of them. */
const questionTypeUi = [
  'lib/domain/question-types/**/*.tsx',
  'lib/domain/question-types/inputs.ts',
  'lib/domain/question-types/builders.ts',
  'lib/domain/question-types/input-props.ts',
  // Checks the UI registries against the folders, so it loads them.
  'lib/domain/question-types/folders.test.ts',
];

/**
 * Layer boundaries (see STYLE.md): lib/domain owns the vocabulary and imports no db/; db/queries loads and
 * persists while commands decide; components never touch the data layer; pages never write or open the database.
 */
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
    // lib/domain owns the vocabulary; db/schema imports it, never the reverse. Its rules are plain TypeScript:
    // no React, Next or components. The one exception is a question type's UI pieces (below), kept in its folder.
    files: ['lib/domain/**/*.ts', 'lib/domain/**/*.tsx'],
    ignores: questionTypeUi,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^@/db(/|$))|(^(\\.\\./)+db(/|$))', message: 'lib/domain must not import db/: move the type into lib/domain instead.' },
            { regex: '^@/components(/|$)', message: 'lib/domain must not import components/: rules are plain TypeScript.' },
            { regex: '^(react|react-dom|next|next-intl)(/|$)', message: 'lib/domain is plain TypeScript: React and Next belong in components (or a question type\'s input.tsx / builder.tsx).' },
            { regex: '(^|/)(input|builder|inputs|builders|input-props|choice-input)$', message: 'A question type\'s UI pieces are for components; its domain module never imports them.' },
          ],
        },
      ],
    },
  },
  {
    // A question type's UI pieces (input.tsx, builder.tsx and their registries) live in its folder and follow the components' rules.
    files: questionTypeUi,
    rules: { 'no-restricted-imports': ['error', { patterns: [commandsOnlyFromWriters, noDataLayerInComponents] }] },
  },
  {
    files: ['app/**/page.tsx', 'app/**/layout.tsx'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [commandsOnlyFromWriters],
          paths: [{ name: '@/db/connection', message: 'Pages read through db/queries functions, never the database handle.' }, { name: '@/db', message: 'Pages read through db/queries functions, never the database handle.' }],
        },
      ],
    },
  },
  {
    files: ['components/**/*.tsx', 'components/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [commandsOnlyFromWriters, noDataLayerInComponents] }] },
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
      'db/queries/user-admin.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            commandsOnlyFromWriters,
            { group: ['@/lib/domain/*'], allowTypeImports: true, message: 'db/queries only loads and persists: apply lib/domain rules in a command.' },
          ],
        },
      ],
    },
  },
  {
    // Pages never call getDb() themselves.
    files: ['app/**/page.tsx', 'app/**/layout.tsx'],
    rules: { 'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='getDb']", message: 'Pages read through db/queries functions.' }] },
  },
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'public/sw.js', 'public/swe-worker-*.js', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
