import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContentFixture, SOURCE_ID, type ContentFixture } from '@/lib/testing/content-fixture';
import { loadContentTree, type ContentError } from './load-tree';

let fixture: ContentFixture;
beforeEach(() => {
  fixture = createContentFixture();
});
afterEach(() => fixture.cleanup());

const QUIZ = 'content/modules/mod-a/quiz.yaml';
const MODULE = 'content/modules/mod-a/module.yaml';
const INTRO = 'content/modules/mod-a/lessons/01-intro.md';

function load(withSeeds = true) {
  return loadContentTree(fixture.contentDir, withSeeds ? fixture.seedsDir : undefined);
}

function errorsOf(result: ReturnType<typeof load>): ContentError[] {
  if (result.ok) throw new Error('expected the tree to be invalid');
  return result.errors;
}

/** Edits a fixture file in place. */
function edit(path: string, change: (text: string) => string) {
  fixture.write(path, change(readFileSync(join(fixture.root, path), 'utf8')));
}

/** The 1-based line of the `occurrence`-th line containing `needle`. */
function lineOf(path: string, needle: string, occurrence = 1): number {
  const lines = readFileSync(join(fixture.root, path), 'utf8').split('\n');
  const found = lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
  const line = found[occurrence - 1];
  if (line === undefined) throw new Error(`"${needle}" not found in ${path}`);
  return line;
}

describe('loadContentTree: a valid tree', () => {
  it('returns programmes, modules, lessons, lectures and quizzes with defaults applied', () => {
    const result = load();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { programmes, modules } = result.tree;
    expect(programmes).toEqual([
      { slug: 'test-programme', title: 'Test programme', summary: 'A programme for tests.', modules: ['mod-a'] },
    ]);
    const [mod] = modules;
    expect(mod?.meta.slug).toBe('mod-a');
    expect(mod?.lessons.map((lesson) => [lesson.key, lesson.required, lesson.summary])).toEqual([
      ['01-intro', true, 'Where it starts.'],
      ['02-more', false, ''],
    ]);
    expect(mod?.lessons[0]?.sources).toEqual([SOURCE_ID]);
    expect(mod?.lessons[0]?.body).toContain('## Start here');
    expect(mod?.lessons[0]?.body).not.toContain('title:');
    expect(mod?.lessons[0]?.lecture).toMatchObject({ videoExists: false, captions: 'lectures/intro.vtt' });
    expect(mod?.lessons[0]?.lecture?.cues).toHaveLength(2);
    expect(mod?.lessons[1]?.lecture).toBeNull();
    expect(mod?.quiz).toMatchObject({ passMark: 60, attemptLimit: null, timeLimitMinutes: null, scoring: 'best' });
    expect(mod?.quiz?.questions.map((question) => question.type)).toEqual([
      'single', 'multiple', 'truefalse', 'short', 'matching', 'ordering',
    ]);
    expect(mod?.quiz?.questions[3]).toMatchObject({ accepted: ['1998'], points: 1 });
  });

  it('notices when the lecture video exists', () => {
    fixture.write('content/modules/mod-a/lectures/intro.mp4', 'video');
    const result = load();
    expect(result.ok && result.tree.modules[0]?.lessons[0]?.lecture?.videoExists).toBe(true);
  });

  it('accepts a module without a quiz', () => {
    fixture.remove(QUIZ);
    const result = load();
    expect(result.ok && result.tree.modules[0]?.quiz).toBeNull();
  });
});

describe('loadContentTree: errors name the file and the line', () => {
  it('reports YAML syntax errors with their line', () => {
    edit(MODULE, (text) => text.replace('  - Explain the second thing.', ' - Explain the second thing.'));
    const errors = errorsOf(load());
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toEqual({
        file: fixture.displayed(MODULE),
        line: lineOf(MODULE, ' - Explain the second thing.'),
        message: expect.stringMatching(/^YAML: .+ \(column \d+\)$/),
      });
    }
  });

  it('reports YAML syntax errors in front matter with file lines', () => {
    edit(INTRO, (text) => text.replace('minutes: 10', 'minutes: 10\n\tbad: tab'));
    expect(errorsOf(load())).toEqual([
      { file: fixture.displayed(INTRO), line: 5, message: expect.stringContaining('Tabs') },
    ]);
  });

  it('reports duplicate keys as YAML errors', () => {
    edit(MODULE, (text) => text.replace('selfEnrol: true', 'selfEnrol: true\ntitle: Again'));
    expect(errorsOf(load())).toEqual([
      { file: fixture.displayed(MODULE), line: lineOf(MODULE, 'title: Again'), message: expect.stringContaining('YAML') },
    ]);
  });

  it('points a bad option of a single-choice question at that option', () => {
    edit(QUIZ, (text) => text.replace('      - text: Wrong\n', '      - text: Wrong\n        weight: 150\n'));
    const [error, ...rest] = errorsOf(load());
    expect(rest).toEqual([]);
    expect(error).toEqual({
      file: fixture.displayed(QUIZ),
      line: lineOf(QUIZ, 'weight: 150'),
      message: expect.stringContaining('questions[0].options[1].weight'),
    });
    expect(error?.line).toBeGreaterThan(lineOf(QUIZ, 'key: pick-one'));
    expect(error?.line).toBeLessThan(lineOf(QUIZ, 'key: pick-many'));
  });

  it('reports schema problems at the offending key, and a missing key at its parent', () => {
    edit(QUIZ, (text) => text.replace('    answer: true\n', '    answer: yes please\n').replace('    explanation: Like this.\n', ''));
    expect(errorsOf(load())).toEqual([
      { file: fixture.displayed(QUIZ), line: lineOf(QUIZ, 'answer: yes please'), message: expect.stringContaining('questions[2].answer') },
      { file: fixture.displayed(QUIZ), line: lineOf(QUIZ, 'key: match-up'), message: expect.stringContaining('questions[4].explanation') },
    ]);
  });

  it('offsets front-matter lines by the opening --- line', () => {
    edit(INTRO, (text) => text.replace('minutes: 10', 'minutes: 0').replace('summary: Where', 'sumary: Where'));
    expect(errorsOf(load())).toEqual([
      { file: fixture.displayed(INTRO), line: 4, message: expect.stringContaining('minutes') },
      { file: fixture.displayed(INTRO), line: 3, message: expect.stringContaining('sumary') },
    ]);
  });

  it('reports a listed lesson without a file, and a file that is not listed', () => {
    fixture.remove('content/modules/mod-a/lessons/02-more.md');
    fixture.write('content/modules/mod-a/lessons/03-extra.md', '---\ntitle: x\n---\n');
    expect(errorsOf(load())).toEqual([
      { file: fixture.displayed(MODULE), line: lineOf(MODULE, '- 02-more'), message: expect.stringContaining('02-more.md does not exist') },
      { file: fixture.displayed('content/modules/mod-a/lessons/03-extra.md'), line: null, message: expect.stringContaining('not listed') },
    ]);
  });

  it('reports broken captions in the .vtt file', () => {
    const vtt = 'content/modules/mod-a/lectures/intro.vtt';
    edit(vtt, (text) => text.replace('00:00:02.000 --> 00:00:05.000', '00:00:02.000 --> 00:00:01.000'));
    expect(errorsOf(load())).toEqual([
      { file: fixture.displayed(vtt), line: 6, message: 'cue end time must be after its start time' },
    ]);
  });

  it('reports missing captions at the lecture.captions line', () => {
    fixture.remove('content/modules/mod-a/lectures/intro.vtt');
    expect(errorsOf(load())).toEqual([
      { file: fixture.displayed(INTRO), line: lineOf(INTRO, 'captions:'), message: expect.stringContaining('does not exist') },
    ]);
  });

  it('requires the body to end with a Source line, and forbids # headings and raw HTML', () => {
    edit(INTRO, (text) =>
      text.replace('## Start here', '# Start here').replace('Some **text**', 'Some <b>text</b>').replace(/\*\*Source:\*\*.*\n/, 'The end.\n'),
    );
    expect(errorsOf(load())).toEqual([
      { file: fixture.displayed(INTRO), line: lineOf(INTRO, '# Start here'), message: expect.stringContaining('level-1 heading') },
      { file: fixture.displayed(INTRO), line: lineOf(INTRO, '<b>text</b>'), message: 'raw HTML is not allowed in lessons' },
      { file: fixture.displayed(INTRO), line: lineOf(INTRO, 'The end.'), message: expect.stringContaining('**Source:**') },
    ]);
  });

  it('checks that every source has a seed file, only when a seeds folder is given', () => {
    fixture.remove(`seeds/${SOURCE_ID}.txt`);
    expect(load(false).ok).toBe(true);
    const errors = errorsOf(load());
    expect(errors).toHaveLength(2);
    expect(errors[0]).toEqual({ file: fixture.displayed(INTRO), line: lineOf(INTRO, SOURCE_ID), message: expect.stringContaining(SOURCE_ID) });
  });

  it('checks programme modules and the module slug against its folder', () => {
    edit('content/programmes/test-programme.yaml', (text) => `${text}  - mod-missing\n`);
    edit(MODULE, (text) => text.replace('slug: mod-a', 'slug: mod-b'));
    expect(errorsOf(load())).toEqual([
      { file: fixture.displayed(MODULE), line: 1, message: expect.stringContaining('folder name') },
      { file: fixture.displayed('content/programmes/test-programme.yaml'), line: 6, message: expect.stringContaining('mod-missing') },
    ]);
  });

  it('collects the errors of every file instead of stopping at the first', () => {
    edit(QUIZ, (text) => text.replace('passMark: 60', 'passMark: 160'));
    edit(INTRO, (text) => text.replace('minutes: 10', 'minutes: ten'));
    edit('content/modules/mod-a/lessons/02-more.md', (text) => text.replace(/\*\*Source:\*\*.*\n/, ''));
    const files = errorsOf(load()).map((error) => error.file);
    expect(files).toEqual([
      fixture.displayed(QUIZ),
      fixture.displayed(INTRO),
      fixture.displayed('content/modules/mod-a/lessons/02-more.md'),
    ]);
  });
});
