import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from './config';
import { catalogAreas } from './messages';

const root = join(__dirname, 'messages');

function leaves(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  throw new Error(`${path.join('.')} is neither a string nor an object`);
}

function messagesOf(locale: string, area: string): Map<string, string> {
  return new Map(leaves(JSON.parse(readFileSync(join(root, locale, `${area}.json`), 'utf8'))));
}

/** The parts of a compiled message the checks look at (intl-messageformat's AST). */
interface AstNode {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
  pluralType?: 'cardinal' | 'ordinal';
}
// intl-messageformat's element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag.
const NAMED = new Set([1, 2, 3, 4, 5, 6, 8]);
const PLURAL = 6;

/** Every argument and tag name, and every plural branch with the plural rules it must satisfy. */
function inspect(nodes: AstNode[], found = { names: new Set<string>(), plurals: [] as { keys: string[]; ordinal: boolean }[] }) {
  for (const node of nodes) {
    if (NAMED.has(node.type) && node.value) found.names.add(`${node.type === 8 ? '<' : ''}${node.value}`);
    if (node.type === PLURAL && node.options)
      found.plurals.push({ keys: Object.keys(node.options), ordinal: node.pluralType === 'ordinal' });
    for (const option of Object.values(node.options ?? {})) inspect(option.value, found);
    if (node.children) inspect(node.children, found);
  }
  return found;
}

function compile(message: string, locale: string) {
  return inspect(new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[]);
}

describe('message catalog', () => {
  for (const locale of locales) {
    it(`${locale}: lists exactly the area files on disk`, () => {
      const files = readdirSync(join(root, locale))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...catalogAreas].sort());
    });

    it(`${locale}: areas do not share top-level keys`, () => {
      const seen = new Map<string, string>();
      for (const area of catalogAreas) {
        for (const key of Object.keys(JSON.parse(readFileSync(join(root, locale, `${area}.json`), 'utf8')))) {
          expect(seen.get(key), `"${key}" is in both ${seen.get(key)} and ${area}`).toBeUndefined();
          seen.set(key, area);
        }
      }
    });

    it(`${locale}: every message is non-empty, valid ICU`, () => {
      for (const area of catalogAreas) {
        for (const [key, message] of messagesOf(locale, area)) {
          expect(message.trim(), `${area}:${key}`).not.toBe('');
          expect(() => new IntlMessageFormat(message, locale), `${area}:${key}`).not.toThrow();
        }
      }
    });

    it(`${locale}: plural branches are the locale's own categories, always with "other"`, () => {
      const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      const ordinals = new Set<string>(new Intl.PluralRules(locale, { type: 'ordinal' }).resolvedOptions().pluralCategories);
      for (const area of catalogAreas) {
        for (const [key, message] of messagesOf(locale, area)) {
          for (const plural of compile(message, locale).plurals) {
            expect(plural.keys, `${area}:${key}`).toContain('other');
            const allowed = plural.ordinal ? ordinals : categories;
            const wrong = plural.keys.filter((k) => !k.startsWith('=') && !allowed.has(k));
            expect(wrong, `${area}:${key} uses plural categories ${locale} does not have`).toEqual([]);
          }
        }
      }
    });
  }

  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    it(`${locale}: has exactly the keys of ${defaultLocale}, no more, no fewer`, () => {
      for (const area of catalogAreas) {
        const source = [...messagesOf(defaultLocale, area).keys()].sort();
        const translated = [...messagesOf(locale, area).keys()].sort();
        expect(
          translated.filter((k) => !source.includes(k)),
          `${locale}/${area}.json: extra keys`,
        ).toEqual([]);
        expect(
          source.filter((k) => !translated.includes(k)),
          `${locale}/${area}.json: missing keys`,
        ).toEqual([]);
      }
    });

    it(`${locale}: every message uses the same arguments and tags as ${defaultLocale}`, () => {
      for (const area of catalogAreas) {
        const source = messagesOf(defaultLocale, area);
        for (const [key, message] of messagesOf(locale, area)) {
          const english = source.get(key);
          if (english === undefined) continue;
          expect([...compile(message, locale).names].sort(), `${locale}/${area}:${key}`).toEqual(
            [...compile(english, defaultLocale).names].sort(),
          );
        }
      }
    });
  }
});

describe('plural rules the catalogues rely on', () => {
  it('Dari: "one" covers 0 and 1; Pashto: one/other', () => {
    const dari = new Intl.PluralRules('fa-AF');
    expect([0, 1, 2].map((n) => dari.select(n))).toEqual(['one', 'one', 'other']);
    expect(new Intl.PluralRules('ps').resolvedOptions().pluralCategories.sort()).toEqual(['one', 'other']);
  });
});
