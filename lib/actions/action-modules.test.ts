import { describe, expect, it } from 'vitest';

// Every server-action module, as the app bundles them. A 'use server' module
// may export only async functions, and formAction checks its schema when the
// module loads, so loading each one is a test in itself.
const modules = import.meta.glob(['/app/**/actions.ts', '/app/**/_actions/*-actions.ts']);

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
