import { describe, expect, it } from 'vitest';
import { gradeQuestion } from './grading';
import { localiseQuiz } from './quiz-language';
import { reviewQuestion } from './review';
import { safeReviewPolicy } from './review-policy';
import type { QuestionSnapshot, QuizSnapshot } from './quiz-snapshot';

const option = (key: string, text: string, correct: boolean, match: string | null = null) => ({ key, text, correct, weight: null, match, feedback: '' });
const questions: QuestionSnapshot[] = [
  { key: 'pick', type: 'single', prompt: 'Pick', explanation: 'Because', points: 1, options: [option('a', 'Right', true), option('b', 'Wrong', false)] },
  { key: 'year', type: 'short', prompt: 'Year?', explanation: 'That year', points: 1, options: [option('y', '1998', true), option('z', '۱۹۹۸', true)] },
  { key: 'pair', type: 'matching', prompt: 'Match', explanation: 'So', points: 1, options: [option('l1', 'One', true, '1'), option('l2', 'Two', true, '2')] },
];
const quiz: QuizSnapshot = {
  title: 'Quiz',
  passMark: 50,
  attemptLimit: null,
  timeLimitMinutes: null,
  shuffleQuestions: false,
  shuffleOptions: false,
  scoring: 'best',
  review: safeReviewPolicy,
  questions,
  translations: {
    'fa-AF': {
      title: 'آزمون',
      questions: {
        pick: { prompt: 'انتخاب', explanation: 'زیرا', options: [{ text: 'درست', feedback: 'آفرین', match: null }, { text: 'نادرست', feedback: '', match: null }] },
        year: { prompt: 'سال؟', explanation: 'آن سال', options: [] },
        pair: { prompt: 'جوړه', explanation: 'چنین', options: [{ text: 'یک', feedback: '', match: '۱' }, { text: 'دو', feedback: '', match: '۲' }] },
      },
    },
  },
};

describe('localiseQuiz', () => {
  it('shows the translated texts and keeps keys, answers and matches', () => {
    const shown = localiseQuiz(quiz, 'fa-AF');
    expect(shown).toMatchObject({ lang: 'fa-AF', dir: 'rtl', fallback: false, matchLabels: { pair: { '1': '۱', '2': '۲' } } });
    expect(shown.quiz.title).toBe('آزمون');
    expect(shown.quiz.questions[0]?.options).toEqual([{ ...option('a', 'درست', true), feedback: 'آفرین' }, option('b', 'نادرست', false)]);
    expect(shown.quiz.questions[1]?.options).toEqual(questions[1]?.options);
    expect(shown.quiz.questions[2]?.options.map((o) => [o.text, o.match])).toEqual([['یک', '1'], ['دو', '2']]);
  });

  it('grades the localised quiz exactly as the English one', () => {
    const shown = localiseQuiz(quiz, 'fa-AF').quiz.questions;
    const responses = [{ type: 'single', optionKey: 'a' }, { type: 'short', text: '۱۹۹۸' }, { type: 'matching', pairs: { l1: '1', l2: '1' } }] as const;
    responses.forEach((response, index) => {
      expect(gradeQuestion(shown[index] as QuestionSnapshot, response)).toEqual(gradeQuestion(questions[index] as QuestionSnapshot, response));
    });
  });

  it('falls back to the English quiz, marked, in a language it is not translated into', () => {
    expect(localiseQuiz(quiz, 'ps')).toEqual({ quiz, lang: 'en', dir: 'ltr', fallback: true, matchLabels: {} });
    expect(localiseQuiz(quiz, 'en')).toMatchObject({ quiz, fallback: false });
  });

  it("reviews a translated matching question with the right-hand texts in the reader's language", () => {
    const shown = localiseQuiz(quiz, 'fa-AF');
    const pair = shown.quiz.questions[2] as QuestionSnapshot;
    const review = reviewQuestion(pair, { type: 'matching', pairs: { l1: '2', l2: '2' } }, { correctAnswers: true, explanations: true }, shown.matchLabels.pair);
    expect(review.yourAnswer).toEqual(['یک → ۲', 'دو → ۲']);
    expect(review.correctAnswer).toEqual(['یک → ۱', 'دو → ۲']);
    expect([...(review.yourAnswer.join('') + (review.correctAnswer ?? []).join(''))].filter((c) => /[A-Za-z0-9]/.test(c))).toEqual([]);
  });
});
