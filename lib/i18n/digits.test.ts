import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { formatClock, formatNumber, formatPercent } from './format';
import { catalogAreas } from './messages';

/**
 * Dari and Pashto show Eastern Arabic-Indic digits (lib/i18n/messages/README.md).
 * ICU prints a plain `{count}` argument with `String(value)`, in Latin digits
 * whatever the locale, so a number must reach a message as `{count, number}`
 * (or plural `#`), or already formatted with the locale.
 */
const LATIN_DIGIT = /[0-9]/;
const root = join(__dirname, 'messages');

/** Argument names that always carry a number in this catalogue. */
const NUMERIC = new Set(['count', 'n', 'percent', 'score', 'max', 'points', 'total', 'done', 'version', 'size', 'line', 'limit', 'more', 'skipped', 'translated', 'weight', 'complete', 'seconds', 'minutes', 'left', 'page', 'pages']);
/** Plain arguments that are handed already formatted with the reader's locale (a percentage, a two-digit second). */
const PREFORMATTED = new Set(['quiz.timeLeft:seconds', 'dashboard.cellScore:score', 'dashboard.completionCell:percent', 'dashboard.averageScore:score', 'dashboard.countryValue:percent']);

function leaves(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, [...path, key]));
}

interface Node {
  type: number;
  value?: string;
  options?: Record<string, { value: Node[] }>;
  children?: Node[];
}
/** The names of plain `{name}` arguments (intl-messageformat element type 1), however deeply nested. */
function plainArguments(nodes: Node[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.type === 1 && node.value ? [node.value] : []),
    ...Object.values(node.options ?? {}).flatMap((option) => plainArguments(option.value)),
    ...(node.children ? plainArguments(node.children) : []),
  ]);
}

describe('numbers in messages follow the locale', () => {
  for (const locale of ['en', 'fa-AF', 'ps']) {
    it(`${locale}: no number reaches a message as a plain argument`, () => {
      const plain = catalogAreas.flatMap((area) =>
        leaves(JSON.parse(readFileSync(join(root, locale, `${area}.json`), 'utf8'))).flatMap(([key, message]) =>
          plainArguments(new IntlMessageFormat(message, locale).getAst() as unknown as Node[])
            .filter((name) => NUMERIC.has(name) && !PREFORMATTED.has(`${key}:${name}`))
            .map((name) => `${area}:${key} {${name}}`),
        ),
      );
      expect(plain).toEqual([]);
    });
  }

  const message = (locale: string, area: string, path: string) =>
    path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], JSON.parse(readFileSync(join(root, locale, `${area}.json`), 'utf8'))) as string;

  it.each(['fa-AF', 'ps'])('%s: a score, a percentage and a question number print no Latin digit', (locale) => {
    const render = (path: string, values: Record<string, number>) => String(new IntlMessageFormat(message(locale, 'core', path), locale).format(values));
    const rendered = [
      render('results.score', { score: 7.5, max: 10, percent: 75, passMark: 70 }),
      render('module.quizPassed', { percent: 85 }),
      render('module.quizFailed', { percent: 40, left: 2 }),
      render('module.progressText', { done: 3, total: 12, percent: 25 }),
      render('quiz.summary.question', { n: 12 }),
    ];
    for (const text of rendered) expect(text).not.toMatch(LATIN_DIGIT);
    expect(rendered[1]).toContain('۸۵');
  });

  it('English keeps Latin digits', () => {
    expect(String(new IntlMessageFormat(message('en', 'core', 'results.score'), 'en').format({ score: 7.5, max: 10, percent: 75, passMark: 70 }))).toBe(
      'You scored 7.5 of 10 points (75%). The pass mark is 70%.',
    );
  });
});

describe('formatting helpers', () => {
  it.each([
    ['en', '1:05', '12', '50%'],
    ['fa-AF', '۱:۰۵', '۱۲', '۵۰٪'],
    ['ps', '۱:۰۵', '۱۲', '۵۰٪'],
  ])('%s: clock %s, number %s, percent %s', (locale, clock, number, percent) => {
    expect(formatClock(locale, 65.4)).toBe(clock);
    expect(formatNumber(locale, 12)).toBe(number);
    expect(formatPercent(locale, 0.5)).toBe(percent);
  });

  it('a long lecture stays minutes:seconds without grouping', () => {
    expect(formatClock('fa-AF', 75 * 60 + 9)).toBe('۷۵:۰۹');
    expect(formatClock('en', 1234 * 60)).toBe('1234:00');
  });
});
