import { describe, expect, it } from 'vitest';
import { slugSchema } from '@/lib/validation/content';
import { lessonKeyFor, slugify, uniqueSlug } from './authoring-slug';

describe('slugify', () => {
  it.each([
    ['Open Data for Development', 'open-data-for-development'],
    ['  Cyber-security: the basics!  ', 'cyber-security-the-basics'],
    ['Gestión pública électronique', 'gestion-publica-electronique'],
    ['دولت الکترونیک', ''],
    ['e-Government 2.0', 'e-government-2-0'],
  ])('%j → %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });

  it('cuts long titles on a word boundary and stays a valid slug', () => {
    const slug = slugify('a very long title about the management of government information systems in small island states', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });
});

describe('uniqueSlug', () => {
  it.each([
    ['open-data', [], 'open-data'],
    ['open-data', ['open-data'], 'open-data-2'],
    ['open-data', ['open-data', 'open-data-2'], 'open-data-3'],
    ['', [], 'module'],
    ['', ['module'], 'module-2'],
  ])('%j with %j taken → %j', (base, taken, expected) => {
    expect(uniqueSlug(base, new Set(taken), 'module')).toBe(expected);
  });
});

describe('lessonKeyFor', () => {
  it.each([
    ['Why it matters', 0, [], '01-why-it-matters'],
    ['Why it matters', 0, ['01-why-it-matters'], '01-why-it-matters-2'],
    ['ما هو', 2, [], '03'],
    ['Next steps', 11, [], '12-next-steps'],
  ])('%j at %i → %j', (title, position, taken, expected) => {
    const key = lessonKeyFor(title, position, new Set(taken));
    expect(key).toBe(expected);
    expect(slugSchema.safeParse(key).success).toBe(true);
  });
});
