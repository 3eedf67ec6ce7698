import { describe, expect, it } from 'vitest';
import { quizFileSchema } from '@/lib/validation/content';
import { fileQuestion } from '@/lib/domain/question-types/registry';
import { quizDraft } from './quiz-draft';

const base = { prompt: 'P?', explanation: 'E.' };
const quiz = quizFileSchema.parse({
  title: 'Quiz',
  questions: [
    { ...base, key: 'one', type: 'single', options: [{ text: 'A', correct: true }, { text: 'B', feedback: 'No' }] },
    { ...base, key: 'tf', type: 'truefalse', answer: false },
    { ...base, key: 'short', type: 'short', accepted: ['G4C', 1998] },
    { ...base, key: 'match', type: 'matching', pairs: [{ left: 'L1', right: 'R1' }, { left: 'L2', right: 'R2' }] },
    { ...base, key: 'order', type: 'ordering', items: ['x', 'y', 'z'] },
  ],
});

describe('quizDraft', () => {
  const draft = quizDraft(quiz);
  const options = (index: number) =>
    draft.questions[index]?.options.map(({ text, correct, match, feedback }) => ({ text, correct, match, feedback }));

  it('keeps settings with their defaults', () => {
    expect(draft).toMatchObject({ title: 'Quiz', passMark: 70, attemptLimit: null, shuffleOptions: true, scoring: 'best' });
    expect(draft.questions.map((question) => [question.key, question.points])).toEqual([
      ['one', 1], ['tf', 1], ['short', 1], ['match', 1], ['order', 1],
    ]);
  });

  it.each([
    [0, [{ text: 'A', correct: true, match: null, feedback: '' }, { text: 'B', correct: false, match: null, feedback: 'No' }]],
    [1, [{ text: 'True', correct: false, match: null, feedback: '' }, { text: 'False', correct: true, match: null, feedback: '' }]],
    [2, [{ text: 'G4C', correct: true, match: null, feedback: '' }, { text: '1998', correct: true, match: null, feedback: '' }]],
    [3, [{ text: 'L1', correct: true, match: 'R1', feedback: '' }, { text: 'L2', correct: true, match: 'R2', feedback: '' }]],
    [4, ['x', 'y', 'z'].map((text) => ({ text, correct: true, match: null, feedback: '' }))],
  ])('maps question %i to options', (index, expected) => {
    expect(options(index)).toEqual(expected);
  });
});

describe('question skills', () => {
  const named = (skills: string[]) =>
    quizFileSchema.safeParse({
      title: 'Quiz',
      questions: skills.map((skill, index) => ({ ...base, key: `q${index}`, type: 'truefalse', answer: true, ...(skill ? { skill } : {}) })),
    });

  it('travels from the file to the draft and back to the file', () => {
    const parsed = named(['application', 'recall']);
    expect(parsed.success).toBe(true);
    const draft = quizDraft(parsed.data!);
    expect(draft.questions.map((question) => question.skill)).toEqual(['application', 'recall']);
    expect(draft.questions.map((question) => fileQuestion(question).skill)).toEqual(['application', 'recall']);
  });

  it('refuses a quiz with fewer than half application questions, or one question without its skill', () => {
    const tooFew = named(['application', 'recall', 'recall']);
    expect(tooFew.error?.issues.map((issue) => issue.message)).toEqual([
      'at least half of the questions must be application questions: 1 of 3 are, 2 needed',
    ]);
    const missing = named(['application', '']);
    expect(missing.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['questions.1.skill', 'name the skill (recall or application), as the other questions of this quiz do'],
    ]);
    expect(named(['clever', 'recall']).error?.issues[0]?.message).toBe('must be recall or application');
  });
});
