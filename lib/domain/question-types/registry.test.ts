import { describe, expect, it } from 'vitest';
import { buildAttemptLayout, publicQuestions } from '../attempt-layout';
import { parseGift, toGift } from '../gift';
import { gradeQuestion, parseResponse, type QuizResponse } from '../grading';
import { emptyQuestionForm, questionDraftFromForm, questionFormFromDraft, questionIssues } from '../question-builder';
import type { QuestionSnapshot, QuestionType, QuizSnapshot } from '../quiz-snapshot';
import { earnsMarks, fileQuestion, isQuestionType, QUESTION_TYPES, questionType, questionTypes, type QuizQuestion, quizQuestionSchema } from './registry';
import { safeReviewPolicy } from '../review-policy';

const base = { prompt: 'Which one?', explanation: 'Because.', points: 2 };

/** One valid quiz.yaml question of every type. */
const files: Record<QuestionType, QuizQuestion> = {
  single: {
    ...base,
    key: 'single',
    type: 'single',
    options: [
      { text: 'Right', correct: true, feedback: 'Yes.' },
      { text: 'Wrong', correct: false, feedback: '' },
    ],
  },
  multiple: {
    ...base,
    key: 'multiple',
    type: 'multiple',
    options: [
      { text: 'A', correct: true, feedback: '' },
      { text: 'B', correct: true, feedback: '' },
      { text: 'C', correct: false, feedback: 'No.' },
    ],
  },
  truefalse: { ...base, key: 'truefalse', type: 'truefalse', answer: false },
  short: { ...base, key: 'short', type: 'short', accepted: ['1998', 'nineteen ninety-eight'] },
  matching: {
    ...base,
    key: 'matching',
    type: 'matching',
    pairs: [
      { left: 'G4C', right: 'services' },
      { left: 'GIDC', right: 'data centre' },
      { left: 'NDI', right: 'identity' },
    ],
  },
  ordering: { ...base, key: 'ordering', type: 'ordering', items: ['First', 'Second', 'Third'] },
  numerical: {
    ...base,
    key: 'numerical',
    type: 'numerical',
    answers: [
      { value: 3.14, tolerance: 0.01, weight: 100, feedback: 'Yes.' },
      { value: 3, tolerance: 0.5, weight: 50, feedback: 'Roughly.' },
      { value: '*', tolerance: 0, weight: 0, feedback: 'No.' },
    ],
  },
  // GIFT cannot hold grader information or a template, so this one has neither (the XML round trip tests them).
  essay: { ...base, key: 'essay', type: 'essay' },
  description: { key: 'description', type: 'description', prompt: 'Read this case first.', explanation: '', points: 0 },
};

function snapshot(type: QuestionType): QuestionSnapshot {
  const file = files[type];
  const options = questionType(type)
    .fileOptions(file)
    .map((option, index) => ({ ...option, key: `${type}-${index}` }));
  return { key: file.key, type, prompt: file.prompt, explanation: file.explanation, points: file.points, options };
}

/** The response that earns full points, built from what the browser sees plus the key. */
function rightResponse(question: QuestionSnapshot): unknown {
  const right = question.options.filter((o) => o.correct).map((o) => o.key);
  const raw: Record<QuestionType, unknown> = {
    single: { optionKey: right[0] },
    multiple: { optionKeys: right },
    truefalse: { optionKey: right[0] },
    short: { text: `  ${question.options[0]?.text.toUpperCase()} ` },
    matching: { pairs: Object.fromEntries(question.options.map((o) => [o.key, o.match])) },
    ordering: { order: question.options.map((o) => o.key) },
    numerical: { text: ' ۳٫۱۴ ' },
    essay: { text: 'An answer.' },
    description: {},
  };
  return raw[question.type];
}

describe('the question-type registry', () => {
  it('registers every question type under its own name, in the authoring order', () => {
    expect(QUESTION_TYPES.map((module) => module.type)).toEqual([...questionTypes]);
    for (const type of questionTypes) expect(questionType(type).type).toBe(type);
    expect(isQuestionType('ordering')).toBe(true);
    expect(isQuestionType('cloze')).toBe(false);
    expect(isQuestionType('toString')).toBe(false);
  });

  it.each(questionTypes)('%s implements every part of the interface', (type) => {
    const typeModule = questionType(type);
    const functions = [
      typeModule.fileOptions,
      typeModule.fileFields,
      typeModule.parseResponse,
      typeModule.fraction,
      typeModule.layout.shown,
      typeModule.review.answer,
      typeModule.review.correct,
      typeModule.review.chosen,
      typeModule.gift.write,
      typeModule.builder.empty,
      typeModule.builder.issues,
      typeModule.builder.options,
      typeModule.builder.fields,
      typeModule.listing.text,
    ];
    for (const fn of functions) expect(typeof fn).toBe('function');
    expect(['quiz', 'never', 'not-authored']).toContain(typeModule.layout.shuffle);
    expect(typeof typeModule.fileSchema.safeParse).toBe('function');
  });

  it.each(questionTypes)('%s: a file question survives options and back, and its schema accepts it', (type) => {
    const file = files[type];
    expect(quizQuestionSchema.parse(file)).toEqual(file);
    const draft = { ...file, options: questionType(type).fileOptions(file) };
    expect(fileQuestion(draft)).toEqual(file);
  });

  it.each(questionTypes)('%s: a new builder form has problems; the stored question edits and saves back unchanged', (type) => {
    expect(questionIssues(emptyQuestionForm(type)).length).toBeGreaterThan(0);
    const file = files[type];
    const draft = {
      key: file.key,
      type,
      prompt: file.prompt,
      explanation: file.explanation,
      points: file.points,
      options: questionType(type).fileOptions(file),
    };
    const form = questionFormFromDraft(draft);
    expect(questionIssues(form)).toEqual([]);
    expect(questionDraftFromForm(form, file.key)).toEqual(draft);
  });

  const gradable = questionTypes.filter((type) => questionType(type).grading === 'auto');

  it('grades every type but the description', () => {
    expect(questionTypes.filter((type) => !earnsMarks(type))).toEqual(['description']);
  });

  it.each(gradable)('%s: its key response earns full points', (type) => {
    const question = snapshot(type);
    expect(gradeQuestion(question, questionType(type).keyResponse(question) as QuizResponse)).toEqual({ score: 2, maxScore: 2, outcome: 'correct' });
  });

  it.each(gradable)('%s: the right answer parses and earns full points; no answer earns nothing', (type) => {
    const question = snapshot(type);
    const response = parseResponse(question, rightResponse(question));
    if ('error' in response) throw new Error(response.error);
    expect(gradeQuestion(question, response)).toEqual({ score: 2, maxScore: 2, outcome: 'correct' });
    expect(gradeQuestion(question, undefined).outcome).toBe('unanswered');
    const other = questionTypes.find((t) => t !== type) as QuestionType;
    expect(gradeQuestion(question, { type: other } as QuizResponse).outcome).toBe('unanswered');
  });
});

describe('GIFT round trip per type', () => {
  const expressible = questionTypes.filter((type) => questionType(type).gift.write(snapshot(type).options) !== null);

  it('covers every type GIFT can express', () => {
    expect(expressible).toEqual(['single', 'multiple', 'truefalse', 'short', 'numerical', 'matching', 'essay', 'description']);
  });

  it.each(expressible)('%s: write → read gives the same question back', (type) => {
    const question = snapshot(type);
    const gift = {
      title: type,
      category: null,
      type,
      prompt: question.prompt,
      // A description writes no answer block, so no general feedback either (as Moodle).
      explanation: earnsMarks(type) ? question.explanation : '',
      options: question.options,
    };
    const result = parseGift(toGift([gift]));
    expect(result.errors).toEqual([]);
    const [back] = result.questions;
    expect(back?.type).toBe(type);
    const keyed = { ...question, options: (back?.options ?? []).map((option, index) => ({ ...option, key: `${type}-${index}` })) };
    // A weights-free multiple choice comes back weighted so that it grades the same; compare everything else.
    expect(keyed.options.map(({ weight: _weight, ...option }) => option)).toEqual(
      question.options.map(({ weight: _weight, ...option }) => option),
    );
    const response = parseResponse(question, rightResponse(question)) as QuizResponse;
    expect(gradeQuestion(keyed, response)).toEqual(gradeQuestion(question, response));
  });

  it('ordering has no GIFT form: it is written as a comment and reads back as nothing', () => {
    const question = snapshot('ordering');
    const text = toGift([
      { title: null, category: null, type: 'ordering', prompt: 'Put in order', explanation: '', options: question.options },
    ]);
    expect(text).toMatch(/^\/\/ ordering question "Put in order" cannot be expressed in GIFT/);
    expect(parseGift(text)).toEqual({ questions: [], errors: [] });
  });
});

describe('the public view of an open attempt', () => {
  const quiz: QuizSnapshot = {
    title: 'Q',
    passMark: 70,
    attemptLimit: null,
    timeLimitMinutes: null,
    shuffleQuestions: true,
    shuffleOptions: true,
    scoring: 'best',
    review: safeReviewPolicy,
    questions: questionTypes.map(snapshot),
  };
  const shown = publicQuestions(quiz, buildAttemptLayout(quiz, 'seed'));

  it('carries no answer key for any type', () => {
    expect(shown.map((q) => q.type)).toEqual(expect.arrayContaining([...questionTypes]));
    const text = JSON.stringify(shown);
    for (const field of ['correct', 'weight', 'feedback', 'match', 'explanation']) expect(text).not.toContain(`"${field}"`);
    for (const question of shown) {
      for (const option of question.options) expect(Object.keys(option).sort()).toEqual(['key', 'text']);
    }
  });

  it('shows short answers no options, and ordering items never in the right order', () => {
    expect(shown.find((q) => q.type === 'short')?.options).toEqual([]);
    const ordering = shown.find((q) => q.type === 'ordering');
    expect(ordering?.options.map((o) => o.text)).not.toEqual(['First', 'Second', 'Third']);
  });

  it('gives matching its choices unaligned with the items', () => {
    const matching = shown.find((q) => q.type === 'matching');
    const rightOf = new Map(snapshot('matching').options.map((o) => [o.key, o.match]));
    expect(matching?.matchChoices).not.toEqual(matching?.options.map((o) => rightOf.get(o.key)));
    expect([...(matching?.matchChoices ?? [])].sort()).toEqual(['data centre', 'identity', 'services']);
  });
});
