import { describe, expect, it } from 'vitest';
import { bankToMoodleXml, readMoodleForBank } from './bank';

const xml = `<quiz>
  <question type="category"><category><text>$course$/Finance/Budgets</text></category></question>
  <question type="numerical"><name><text>Budget share</text></name><questiontext><text>What percent?</text></questiontext>
    <generalfeedback><text>Ten.</text></generalfeedback><answer fraction="100"><text>10</text><tolerance>0.5</tolerance></answer></question>
  <question type="essay"><name><text>Risks</text></name><questiontext><text>Discuss the risks.</text></questiontext>
    <generalfeedback><text>Cost, lock-in.</text></generalfeedback><graderinfo format="plain_text"><text>Two risks</text></graderinfo></question>
  <question type="calculated"><name><text>Formula</text></name><questiontext><text>x?</text></questiontext></question>
</quiz>`;

describe('Moodle XML for banks', () => {
  it('previews supported questions with warnings and lists unknown types as skipped with the reason', () => {
    const read = readMoodleForBank(xml);
    expect(read.rows).toMatchObject([
      { name: 'Budget share', type: 'numerical', importable: true, warnings: ['the category "Finance / Budgets" is kept as the start of the question\'s key'] },
      { name: 'Risks', type: 'essay', importable: true },
      { name: 'Formula', type: 'calculated', importable: false, reason: expect.stringContaining('calculated') },
    ]);
    expect(read.questions.map((q) => [q.title, q.type])).toEqual([
      ['Finance Budgets Budget share', 'numerical'],
      ['Finance Budgets Risks', 'essay'],
    ]);
    expect(read.questions[1]?.options).toEqual([{ text: '', correct: false, weight: null, match: null, feedback: 'Two risks' }]);
  });

  it('writes a bank as a file that reads back as the same questions', () => {
    const { questions } = readMoodleForBank(xml);
    const written = bankToMoodleXml(
      questions.map((q, i) => ({ ...q, title: `q-${i}` })),
      'My bank',
    );
    const again = readMoodleForBank(written);
    expect(again.rows.every((row) => row.importable)).toBe(true);
    expect(again.questions.map((q) => q.points)).toEqual([1, 1]);
    expect(again.questions.map(({ type, prompt, explanation, options }) => ({ type, prompt, explanation, options }))).toEqual(
      questions.map(({ type, prompt, explanation, options }) => ({ type, prompt, explanation, options })),
    );
  });

  it("reads each question's <defaultgrade> as its points and writes them back (a description has none)", () => {
    const marked = `<quiz>
  <question type="truefalse"><name><text>Heavy</text></name><questiontext><text>Heavy?</text></questiontext><defaultgrade>2.5</defaultgrade>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
  <question type="description"><name><text>Intro</text></name><questiontext><text>Read this.</text></questiontext><defaultgrade>0</defaultgrade></question>
</quiz>`;
    const { questions } = readMoodleForBank(marked);
    expect(questions.map((q) => [q.title, q.points])).toEqual([
      ['Heavy', 2.5],
      ['Intro', 0],
    ]);
    const written = bankToMoodleXml(questions.map((q) => ({ ...q, title: q.title ?? '' })), 'Marks');
    expect(written).toContain('<defaultgrade>2.5</defaultgrade>');
    expect(readMoodleForBank(written).questions.map((q) => q.points)).toEqual([2.5, 0]);
  });
});
