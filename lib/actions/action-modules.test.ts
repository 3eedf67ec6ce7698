import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every server-action module, as the app bundles them. A 'use server' module
// may export only async functions, and formAction checks its schema when the
// module loads, so loading each one is a test in itself.
const modules = import.meta.glob(['/app/**/actions.ts', '/app/**/*-actions.ts', '/app/**/_actions/sign-out.ts']);

describe('server action modules', () => {
  it('are all found', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(14);
  });

  it.each(Object.keys(modules))('%s exports only functions', async (path) => {
    const loaded = (await modules[path]!()) as Record<string, unknown>;
    const exports = Object.entries(loaded);
    expect(exports.length).toBeGreaterThan(0);
    for (const [name, value] of exports) expect(typeof value, name).toBe('function');
  });
});

/**
 * Actions that are not built by formAction, each checked by hand: sign-out
 * (acts on whoever is signed in, if anyone) and the language switcher (sets
 * only the visitor's own cookie). Every other action must authorise before
 * it parses, which formAction (and discussionForm, built on it) guarantees.
 */
const unguarded = new Set(['signOutAction', 'switchLocaleAction']);

describe('server actions', () => {
  it.each(Object.keys(modules))('%s builds every action with formAction, so it authorises before parsing', (path) => {
    const source = readFileSync(join(__dirname, '..', '..', path), 'utf8');
    const built = [...source.matchAll(/^export const (\w+) = (\w+)\(/gm)].map(([, name, builder]) => [name, builder]);
    const other = [...source.matchAll(/^export (?:async )?function (\w+)/gm)].map(([, name]) => name);
    for (const [name, builder] of built) expect(['formAction', 'discussionForm'], `${name} in ${path}`).toContain(builder);
    for (const name of other) expect(unguarded.has(name ?? ''), `${name} in ${path} is a hand-written action`).toBe(true);
    // An export of another shape (`export const x = async () => …`) is neither, and fails here.
    const exported = [...source.matchAll(/^export (?!type |interface )/gm)].length;
    expect(built.length + other.length, `${path}: every export is a formAction or a listed hand-written action`).toBe(exported);
  });
});
