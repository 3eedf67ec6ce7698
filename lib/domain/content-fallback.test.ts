import { describe, expect, it } from 'vitest';
import { localise, localiseModuleText } from './content-fallback';

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

describe('localiseModuleText', () => {
  const unpog = {
    title: 'Building capacity',
    summary: 'The programme',
    translations: { 'fa-AF': { title: 'ظرفیت‌سازی', summary: 'برنامه', objectives: ['هدف'] } },
  };

  it("shows a translated module's title and summary, and only those", () => {
    expect(localiseModuleText('fa-AF', unpog)).toEqual({ value: { title: 'ظرفیت‌سازی', summary: 'برنامه' }, lang: 'fa-AF', dir: 'rtl', fallback: false });
  });

  it('falls back to English, marked, where the module has no translation', () => {
    expect(localiseModuleText('ps', unpog)).toEqual({ value: { title: 'Building capacity', summary: 'The programme' }, lang: 'en', dir: 'ltr', fallback: true });
    expect(localiseModuleText('en', unpog)).toMatchObject({ value: { title: 'Building capacity' }, fallback: false });
  });
});
