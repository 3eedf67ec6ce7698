import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from './load-tree';

/** The real course: broken content fails CI here. */
const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const seedsPath = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
// The seeds live outside the repository; without them only the seed-file check is skipped.
const seedsDir = existsSync(seedsPath) ? seedsPath : undefined;

const programmeModules = [
  'why-e-government',
  'leadership-in-e-government',
  'the-government-cio',
  'korea-presidential-agenda',
  'online-service-development',
  'open-government-data',
  'govtech-today',
  'building-capacity-unpog',
];

const result = loadContentTree(contentDir, seedsDir);
const tree = result.ok ? result.tree : { programmes: [], modules: [] };

describe('the content/ tree', () => {
  it('has no errors', () => {
    const report = result.ok ? [] : result.errors.map((error) => `${error.file}:${error.line ?? ''}: ${error.message}`);
    expect(report).toEqual([]);
  });

  it('has exactly the 8 programme modules, in order', () => {
    expect(tree.programmes.map((programme) => programme.slug)).toEqual(['egov-leadership']);
    expect(tree.programmes[0]?.modules).toEqual(programmeModules);
    expect(tree.modules.map((mod) => mod.meta.slug).sort()).toEqual([...programmeModules].sort());
  });

  describe.each(programmeModules)('module %s', (slug) => {
    const mod = tree.modules.find((candidate) => candidate.meta.slug === slug);

    it('has 3–6 objectives and at least 3 lessons, one with a lecture', () => {
      expect(mod?.meta.objectives.length).toBeGreaterThanOrEqual(3);
      expect(mod?.meta.objectives.length).toBeLessThanOrEqual(6);
      expect(mod?.lessons.length).toBeGreaterThanOrEqual(3);
      expect(mod?.lessons.some((lesson) => lesson.lecture !== null)).toBe(true);
    });

    it('names a source in every lesson', () => {
      for (const lesson of mod?.lessons ?? []) {
        expect(lesson.sources.length, lesson.file).toBeGreaterThan(0);
        expect(lesson.body.trimEnd().split('\n').at(-1), lesson.file).toMatch(/^\*\*Source:\*\* \S/);
      }
    });

    it('has a quiz of at least 8 questions using the six original types', () => {
      const questions = mod?.quiz?.questions ?? [];
      expect(questions.length).toBeGreaterThanOrEqual(8);
      const used = new Set(questions.map((question) => question.type));
      for (const type of ['single', 'multiple', 'truefalse', 'short', 'matching', 'ordering'] as const) expect(used, type).toContain(type);
      for (const question of questions) {
        if (question.type === 'ordering') expect(question.items.length, question.key).toBeGreaterThanOrEqual(3);
      }
    });

    it('names the skill of every question, at least half of them application', () => {
      const questions = mod?.quiz?.questions ?? [];
      for (const question of questions) expect(question.skill, question.key).toMatch(/^(recall|application)$/);
      const application = questions.filter((question) => question.skill === 'application').length;
      expect(application * 2).toBeGreaterThanOrEqual(questions.length);
    });

    it('says that every application case is an illustration, and cites the lesson in every explanation', () => {
      for (const question of mod?.quiz?.questions ?? []) {
        if (question.skill === 'application') expect(question.prompt, question.key).toMatch(/^Illustrative case\b/);
        expect(question.explanation, question.key).toMatch(/\bLessons? \d/);
      }
    });
  });

  it('asks no question twice across the programme', () => {
    const questions = tree.modules.flatMap((mod) => (mod.quiz?.questions ?? []).map((question) => ({ module: mod.meta.slug, ...question })));
    const seen = new Map<string, string>();
    for (const { module, key, prompt } of questions) {
      for (const id of [`key:${key}`, `prompt:${prompt.toLowerCase()}`]) {
        expect(seen.get(id), `${module}: ${id} is also in ${seen.get(id)}`).toBeUndefined();
        seen.set(id, module);
      }
    }
  });
});

describe('the translations in content/', () => {
  const unpog = tree.modules.find((candidate) => candidate.meta.slug === 'building-capacity-unpog');

  it.each(['fa-AF', 'ps'] as const)('building-capacity-unpog is fully translated into %s', (locale) => {
    const translation = unpog?.translations[locale];
    expect(translation?.module?.objectives).toHaveLength(unpog?.meta.objectives.length ?? -1);
    expect(translation?.lessons.map((lesson) => lesson.key)).toEqual(unpog?.lessons.map((lesson) => lesson.key));
    expect(translation?.lessons.every((lesson) => lesson.lecture === null || lesson.lecture.cues !== null)).toBe(true);
    expect(translation?.quiz?.questions.map((question) => question.key)).toEqual(unpog?.quiz?.questions.map((question) => question.key));
  });
});
