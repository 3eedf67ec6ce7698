import { describe, expect, it } from 'vitest';
import { localise } from './content-fallback';

const english = { title: 'Lesson' };
const translations = { 'fa-AF': { title: 'درس' } };

describe('localise', () => {
  it.each([
    ['en', 'Lesson', 'en', 'ltr', false],
    ['fa-AF', 'درس', 'fa-AF', 'rtl', false],
    ['ps', 'Lesson', 'en', 'ltr', true],
    ['de', 'Lesson', 'en', 'ltr', false],
  ] as const)('in %s shows %s (lang %s, dir %s, fallback %s)', (locale, title, lang, dir, fallback) => {
    expect(localise(locale, english, translations)).toEqual({ value: { title }, lang, dir, fallback });
  });

  it('falls back when there are no translations at all', () => {
    expect(localise('fa-AF', english, null)).toMatchObject({ value: english, lang: 'en', fallback: true });
  });
});
