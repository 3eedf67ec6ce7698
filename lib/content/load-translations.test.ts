import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { dariTranslation as translation } from '@/lib/testing/content-fixture-translations';
import { loadContentTree, type ContentError } from './load-tree';

let fixture: ContentFixture;
beforeEach(() => {
  fixture = createContentFixture();
  for (const [path, text] of Object.entries(translation)) fixture.write(path, text);
});
afterEach(() => fixture.cleanup());

const DIR = 'content/modules/mod-a';
const QUIZ = `${DIR}/quiz.fa-AF.yaml`;

function errorsOf(): ContentError[] {
  const result = loadContentTree(fixture.contentDir, fixture.seedsDir);
  if (result.ok) throw new Error('expected the tree to be invalid');
  return result.errors;
}

function edit(path: string, change: (text: string) => string) {
  fixture.write(path, change(readFileSync(join(fixture.root, path), 'utf8')));
}

function lineOf(path: string, needle: string): number {
  const index = readFileSync(join(fixture.root, path), 'utf8').split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not found in ${path}`);
  return index + 1;
}

describe('loadContentTree: translations', () => {
  it('reads a valid translation beside the English files', () => {
    const result = loadContentTree(fixture.contentDir, fixture.seedsDir);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const dari = result.tree.modules[0]?.translations['fa-AF'];
    expect(dari?.module?.title).toBe('ماژول الف');
    expect(dari?.lessons.map((lesson) => lesson.key)).toEqual(['01-intro']);
    expect(dari?.lessons[0]?.lecture).toMatchObject({ title: 'لکچر مقدماتی' });
    expect(dari?.lessons[0]?.lecture?.cues).toHaveLength(2);
    expect(dari?.quiz?.questions[3]?.accepted).toEqual(['۱۹۹۸']);
    expect(result.tree.modules[0]?.translations.ps).toBeUndefined();
    expect(result.tree.modules[0]?.lessons).toHaveLength(2);
  });

  it('rejects a question key that differs from English, naming the file and line', () => {
    edit(QUIZ, (text) => text.replace('key: is-true', 'key: is-false'));
    expect(errorsOf()).toEqual([
      { file: fixture.displayed(QUIZ), line: lineOf(QUIZ, 'key: is-false'), message: expect.stringContaining('"is-false" where the English quiz has "is-true"') },
    ]);
  });

  it('rejects questions in another order and a missing question', () => {
    edit(QUIZ, (text) => text.replace(/  - key: in-order[\s\S]*$/, ''));
    expect(errorsOf()).toEqual([
      { file: fixture.displayed(QUIZ), line: lineOf(QUIZ, 'questions:'), message: expect.stringContaining('"in-order" of the English quiz is not translated') },
    ]);
  });

  it('rejects an option count that differs from English, at the options line', () => {
    edit(QUIZ, (text) => text.replace('options: [{ text: الف }, { text: ب }, { text: ج }]', 'options: [{ text: الف }, { text: ب }]'));
    const [error] = errorsOf();
    expect(error).toEqual({ file: fixture.displayed(QUIZ), line: lineOf(QUIZ, 'options: [{ text: الف }'), message: expect.stringContaining('2 given, the English question "pick-many" has 3') });
  });

  it('rejects fields the question type does not have, answer data, and feedback English lacks', () => {
    edit(QUIZ, (text) => text.replace('    explanation: است.\n', '    explanation: است.\n    answer: true\n').replace('      - text: درست\n', '      - text: درست\n        feedback: آفرین\n'));
    const errors = errorsOf();
    expect(errors.map((error) => error.line)).toEqual([lineOf(QUIZ, 'answer: true')]);
    edit(QUIZ, (text) => text.replace('    answer: true\n', '    items: [x]\n'));
    expect(errorsOf()).toEqual([
      { file: fixture.displayed(QUIZ), line: lineOf(QUIZ, 'feedback: آفرین'), message: expect.stringContaining('the English option has no feedback') },
      { file: fixture.displayed(QUIZ), line: lineOf(QUIZ, 'items: [x]'), message: expect.stringContaining('a truefalse question has no items') },
    ]);
  });

  it('rejects pair and item counts that differ, and a module with fewer objectives', () => {
    edit(QUIZ, (text) => text.replace('      - { left: دو, right: "۲" }\n', '').replace('[اول, دوم, سوم]', '[اول, دوم]'));
    edit(`${DIR}/module.fa-AF.yaml`, (text) => text.replace('  - چیز دوم را توضیح دهید.\n', ''));
    const errors = errorsOf();
    expect(errors.map((error) => [error.file.split('/').at(-1), error.line])).toEqual([
      ['module.fa-AF.yaml', 3],
      ['quiz.fa-AF.yaml', lineOf(QUIZ, 'pairs:')],
      ['quiz.fa-AF.yaml', lineOf(QUIZ, 'items: [اول, دوم]')],
    ]);
  });

  it("checks a translated lesson's closing line with the locale's labels and its captions' timings", () => {
    const lesson = `${DIR}/lessons/01-intro.fa-AF.md`;
    edit(lesson, (text) => text.replace('**منبع:**', 'منبع:'));
    edit(`${DIR}/lectures/intro.fa-AF.vtt`, (text) => text.replace('00:00:02.000 --> 00:00:05.000', '00:00:02.000 --> 00:00:06.000'));
    expect(errorsOf()).toEqual([
      { file: fixture.displayed(lesson), line: lineOf(lesson, 'منبع:'), message: 'the lesson must end with a line starting "**Source:**" or "**منبع:**"' },
      { file: fixture.displayed(`${DIR}/lectures/intro.fa-AF.vtt`), line: null, message: 'cue 2 has other timings than the English cue 2' },
    ]);
  });

  it('rejects a translation of an unlisted lesson, and keeps it out of the English lesson list', () => {
    fixture.write(`${DIR}/lessons/03-extra.ps.md`, '---\ntitle: x\n---\n\n**Source:** x\n');
    expect(errorsOf()).toEqual([
      { file: fixture.displayed(`${DIR}/lessons/03-extra.ps.md`), line: null, message: 'translation of a lesson that module.yaml does not list' },
    ]);
  });
});
