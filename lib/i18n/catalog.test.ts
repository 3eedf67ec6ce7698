import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { locales } from './config';
import { catalogAreas } from './messages';

const root = join(__dirname, 'messages');

function leaves(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  throw new Error(`${path.join('.')} is neither a string nor an object`);
}

describe('message catalog', () => {
  for (const locale of locales) {
    it(`${locale}: lists exactly the area files on disk`, () => {
      const files = readdirSync(join(root, locale)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
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
        for (const [key, message] of leaves(JSON.parse(readFileSync(join(root, locale, `${area}.json`), 'utf8')))) {
          expect(message.trim(), `${area}:${key}`).not.toBe('');
          expect(() => new IntlMessageFormat(message, locale), `${area}:${key}`).not.toThrow();
        }
      }
    });
  }
});
