import { describe, expect, it } from 'vitest';
import { questionTranslationProblems, translationCoverage, type TranslatableModule } from './translation-coverage';

const english: TranslatableModule = {
  lessons: [
    { key: 'a', title: 'A', hasLecture: true },
    { key: 'b', title: 'B', hasLecture: false },
  ],
  questions: [
    { key: 'q1', type: 'single', optionCount: 3 },
    { key: 'q2', type: 'short', optionCount: 2 },
  ],
};

describe('translationCoverage', () => {
  it('lists everything as missing without a translation', () => {
    expect(translationCoverage(english, null)).toEqual({
      module: false,
      lessons: [
        { key: 'a', title: 'A', text: false, captions: false },
        { key: 'b', title: 'B', text: false, captions: null },
      ],
      quiz: { translated: 0, total: 2, missing: ['q1', 'q2'] },
      complete: false,
    });
  });

  it('is complete when module, lessons, captions and questions are all translated', () => {
    const presence = { module: true, quizTitle: true, lessons: { a: { captions: true }, b: { captions: false } }, questions: ['q1', 'q2'] };
    expect(translationCoverage(english, presence).complete).toBe(true);
    expect(translationCoverage(english, { ...presence, lessons: { ...presence.lessons, a: { captions: false } } }).complete).toBe(false);
  });
});

describe('questionTranslationProblems', () => {
  it('refuses unknown questions and option counts that differ from English', () => {
    expect(
      questionTranslationProblems(english.questions, [
        { key: 'q1', options: [1, 2] },
        { key: 'q2', options: [] },
        { key: 'nope', options: [] },
      ]),
    ).toEqual([
      { index: 0, problem: 'optionCount' },
      { index: 2, problem: 'unknownQuestion' },
    ]);
  });
});
