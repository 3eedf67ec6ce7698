import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeBuilders } from './builders';
import { defaultResponse, earnsMarks as inputEarnsMarks, typeInputs } from './inputs';
import { earnsMarks, questionType, questionTypes } from './registry';
import type { PublicQuestion } from './types';

/**
 * Adding a question type is one folder plus one line in each of the three
 * registries (README.md). These tests hold that true: every folder is a
 * registered type with all its pieces, and the browser's side never loads
 * the domain registry.
 */
const here = import.meta.dirname;
const folders = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('question-type folders', () => {
  it('are exactly the registered types, in every registry', () => {
    expect([...questionTypes].sort()).toEqual(folders);
    expect(Object.keys(typeInputs).sort()).toEqual(folders);
    expect(Object.keys(typeBuilders).sort()).toEqual(folders);
  });

  it.each(folders)('%s has its domain module, trainee input and builder fields, registered under its own name', (folder) => {
    for (const file of ['index.ts', 'input.tsx', 'builder.tsx']) expect(existsSync(join(here, folder, file)), `${folder}/${file}`).toBe(true);
    expect(questionType(folder as (typeof questionTypes)[number]).type).toBe(folder);
  });
});

const question = (type: PublicQuestion['type']): PublicQuestion => ({
  key: `q-${type}`,
  type,
  prompt: 'Prompt',
  points: 1,
  options: [
    { key: 'b', text: 'Second' },
    { key: 'a', text: 'First' },
  ],
});

// The quiz form reads the inputs (no zod, no grading); the server reads the registry. They must not drift.
describe('the trainee inputs agree with the registry', () => {
  it.each(questionTypes)('%s: earns marks exactly when it has an input', (type) => {
    expect(inputEarnsMarks(type)).toBe(earnsMarks(type));
  });

  it('only an ordering counts as answered untouched, in the order shown', () => {
    const answered = questionTypes.filter((type) => defaultResponse(question(type)) !== undefined);
    expect(answered).toEqual(['ordering']);
    expect(defaultResponse(question('ordering'))).toEqual({ type: 'ordering', order: ['b', 'a'] });
  });
});

/** The files a module loads at run time (type-only imports are erased), following relative imports. */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']*)'/gms)) {
    const base = resolve(dirname(file), match[1]!);
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
    if (target) runtimeImports(target, seen);
  }
  return seen;
}

describe("the browser's side of the question types", () => {
  it.each(['inputs.ts', 'builders.ts'])('%s never loads the registry or a domain module (zod, grading, the answer key rules)', (entry) => {
    const loaded = [...runtimeImports(join(here, entry))].map((file) => relative(here, file));
    const domain = loaded.filter((file) => file === 'registry.ts' || /^[a-z]+\/index\.ts$/.test(file));
    expect(domain).toEqual([]);
    // The walk does follow the imports: every type's piece is among the files loaded.
    for (const folder of folders) expect(loaded).toContainEqual(expect.stringMatching(new RegExp(`^${folder}/(input|builder)\\.tsx$`)));
  });
});
