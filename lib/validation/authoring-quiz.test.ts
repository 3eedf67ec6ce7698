import { describe, expect, it } from 'vitest';
import { emptyQuestionForm, type QuestionForm } from '@/lib/domain/question-builder';
import { parseQuizSettings, questionFormSchema, validateQuestionForm } from './authoring-quiz';

const settings = (patch: Record<string, string | null> = {}) => ({
  title: 'Module quiz',
  passMark: '70',
  attemptLimit: '',
  timeLimitMinutes: '',
  shuffleQuestions: 'on',
  shuffleOptions: null,
  scoring: 'best',
  reviewCorrectAnswers: 'after-pass-or-last-attempt',
  reviewExplanations: 'always',
  ...patch,
});

describe('parseQuizSettings', () => {
  it('reads a valid form', () => {
    expect(parseQuizSettings(settings({ attemptLimit: '3', timeLimitMinutes: '20' }))).toEqual({
      ok: true,
      settings: {
        title: 'Module quiz',
        passMark: 70,
        attemptLimit: 3,
        timeLimitMinutes: 20,
        shuffleQuestions: true,
        shuffleOptions: false,
        scoring: 'best',
        review: { correctAnswers: 'after-pass-or-last-attempt', explanations: 'always' },
      },
    });
  });

  const refusals: [string, Record<string, string | null>, string, string][] = [
    ['a pass mark of 140 %', { passMark: '140' }, 'passMark', 'pass-mark-range'],
    ['an unknown review timing', { reviewCorrectAnswers: 'sometimes' }, 'reviewCorrectAnswers', 'review-invalid'],
    ['a negative pass mark', { passMark: '-5' }, 'passMark', 'pass-mark-range'],
    ['a fractional pass mark', { passMark: '70.5' }, 'passMark', 'pass-mark-range'],
    ['an empty pass mark', { passMark: '' }, 'passMark', 'pass-mark-range'],
    ['a pass mark in words', { passMark: 'seventy' }, 'passMark', 'pass-mark-range'],
    ['an attempt limit of 0', { attemptLimit: '0' }, 'attemptLimit', 'attempt-limit-range'],
    ['a time limit of 601 minutes', { timeLimitMinutes: '601' }, 'timeLimitMinutes', 'time-limit-range'],
    ['an empty title', { title: '  ' }, 'title', 'title-required'],
    ['an unknown scoring rule', { scoring: 'average' }, 'scoring', 'scoring-invalid'],
  ];
  it.each(refusals)('refuses %s', (_name, patch, field, key) => {
    const result = parseQuizSettings(settings(patch));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]?.key).toBe(key);
  });

  it('says what was entered', () => {
    const result = parseQuizSettings(settings({ passMark: '140' }));
    expect(result).toEqual({ ok: false, errors: { passMark: { key: 'pass-mark-range', values: { value: '140' } } } });
  });
});

describe('validateQuestionForm', () => {
  const valid: QuestionForm = {
    ...emptyQuestionForm('matching'),
    prompt: 'Match them.',
    explanation: 'See lesson 2.',
    pairs: [
      { left: 'G4C', right: 'Citizens' },
      { left: 'G4B', right: 'Businesses' },
    ],
  };

  it('accepts a valid question, which the content schema accepts too', () => {
    expect(validateQuestionForm(valid, 'match-them')).toEqual([]);
  });

  it('reports the builder rule, not a schema message', () => {
    expect(validateQuestionForm({ ...emptyQuestionForm('single'), prompt: 'P', explanation: 'E', choices: [] }, 'k')).toEqual([
      { field: 'choices', key: 'choices-too-few', values: { min: 2 } },
    ]);
  });

  it('falls back to the content schema for what only it checks (a malformed key)', () => {
    const issues = validateQuestionForm(valid, 'Not A Slug');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.key).toBe('content-rule');
  });

  it('accepts a description with only its text (the points field is ignored)', () => {
    expect(validateQuestionForm({ ...emptyQuestionForm('description'), prompt: 'Read this case.' }, 'case')).toEqual([]);
  });

  it('accepts a numerical question typed with a comma and Dari digits, and names a bad value', () => {
    const form: QuestionForm = {
      ...emptyQuestionForm('numerical'),
      prompt: 'Pi?',
      explanation: 'About 3.14.',
      answers: [{ value: '۳,۱۴', tolerance: '0,01', weight: '100', feedback: '' }],
    };
    expect(validateQuestionForm(form, 'pi')).toEqual([]);
    const bad = { ...form, answers: [{ value: 'pi', tolerance: '0', weight: '100', feedback: '' }] };
    expect(validateQuestionForm(bad, 'pi').map((issue) => `${issue.field}:${issue.key}`)).toEqual(['answers.0.value:answer-not-number']);
  });

  it('parses the JSON shape the client sends and refuses anything else', () => {
    expect(questionFormSchema.safeParse(valid).success).toBe(true);
    expect(questionFormSchema.safeParse({ ...valid, type: 'cloze' }).success).toBe(false);
    expect(questionFormSchema.safeParse({ ...valid, choices: [{ text: 'A' }] }).success).toBe(false);
  });
});
