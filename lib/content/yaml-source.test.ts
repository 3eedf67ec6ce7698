import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { loadModulePackage } from './load-package';
import { parseYamlSource } from './yaml-source';

// The yaml library resolves aliases only when the document is turned into data, and throws there
// (a ReferenceError): unanswered, an author's typo or a package upload became a 500.
const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcde'.split('').map((key, i) => `${key}: &${key} [${Array(9).fill(`*${'abcd'[i]}`).join(', ')}]`), 'f: [*e, *e]'].join('\n');

describe('parseYamlSource', () => {
  it('reads anchors and aliases that resolve', () => {
    const parsed = parseYamlSource('a: &shared [1]\nb: *shared\n', 'x.yaml');
    expect(parsed.ok && parsed.data).toEqual({ a: [1], b: [1] });
  });

  it('reports an alias with no anchor before it at its line, instead of throwing', () => {
    expect(parseYamlSource('title: Module\nsummary: *draft\n', 'modules/a/module.yaml', 3)).toEqual({
      ok: false,
      errors: [{ file: 'modules/a/module.yaml', line: 5, message: expect.stringMatching(/^YAML: Unresolved alias/) }],
    });
  });

  it('refuses an alias bomb as a YAML error', () => {
    const parsed = parseYamlSource(bomb, 'bomb.yaml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.message).toMatch(/^YAML: Excessive alias count/);
  });
});

describe('a module package with a broken alias', () => {
  let fixture: ContentFixture;
  beforeEach(() => {
    fixture = createContentFixture();
  });
  afterEach(() => fixture.cleanup());

  /** The fixture's module folder as a package zip, module.yaml changed by `change`. */
  function packageWith(change: (yaml: string) => string): Uint8Array {
    const dir = join(fixture.contentDir, 'modules', 'mod-a');
    const walk = (at: string): string[] => readdirSync(at, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(at, e.name)) : [join(at, e.name)]));
    const files = Object.fromEntries(
      walk(dir).map((path) => {
        const name = `modules/mod-a/${relative(dir, path).split('\\').join('/')}`;
        const bytes = readFileSync(path);
        return [name, name.endsWith('module.yaml') ? new TextEncoder().encode(change(bytes.toString('utf8'))) : new Uint8Array(bytes)];
      }),
    );
    return zipSync(files);
  }

  it('is refused with the file and line named (the import route answers 400, not 500)', () => {
    const result = loadModulePackage(packageWith((yaml) => yaml.replace('summary: The first module.', 'summary: *first')));
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'modules/mod-a/module.yaml', line: 3, message: expect.stringMatching(/Unresolved alias/) }],
    });
  });
});
