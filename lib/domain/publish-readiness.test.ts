import { describe, expect, it } from 'vitest';
import type { LessonDraft, ModuleDraft, QuestionDraft } from '@/lib/content/snapshot';
import { publishProblems } from './publish-readiness';
import { safeReviewPolicy } from './review-policy';

const lesson = (patch: Partial<LessonDraft> = {}): LessonDraft => ({
  key: '01-a',
  title: 'Lesson A',
  summary: '',
  minutes: 10,
  required: true,
  sources: [],
  markdown: '## A\n\nText.\n',
  lecture: null,
  captionsVtt: null,
  attachments: [],
  ...patch,
});
const option = (text: string, correct: boolean) => ({ text, correct, weight: null, match: null, feedback: '' });
const question = (patch: Partial<QuestionDraft> = {}): QuestionDraft => ({
  key: 'q',
  type: 'single',
  prompt: 'Which?',
  explanation: 'This one.',
  points: 1,
  options: [option('A', true), option('B', false)],
  ...patch,
});
const settings = {
  title: 'Quiz',
  passMark: 70,
  attemptLimit: null,
  timeLimitMinutes: null,
  shuffleQuestions: true,
  shuffleOptions: true,
  scoring: 'best' as const,
  review: safeReviewPolicy,
};
const draft = (patch: Partial<ModuleDraft> = {}): ModuleDraft => ({
  title: 'M',
  summary: '',
  objectives: ['Explain it.'],
  lessons: [lesson()],
  quiz: null,
  ...patch,
});
const lecture = { title: 'Talk', video: 'lectures/a.mp4', captions: 'lectures/a.vtt' };

describe('publishProblems', () => {
  const cases: [string, ModuleDraft, string[]][] = [
    ['a module with a lesson and no quiz', draft(), []],
    ['a module with a valid quiz', draft({ quiz: { ...settings, questions: [question()] } }), []],
    ['no objectives and no lessons', draft({ objectives: [], lessons: [] }), ['no-objectives', 'no-lessons']],
    ['a lesson without text', draft({ lessons: [lesson({ markdown: '  \n' })] }), ['lesson-no-text']],
    ['a lesson nested too deeply to render', draft({ lessons: [lesson({ markdown: '> '.repeat(20_000) })] }), ['lesson-too-deep']],
    ['a lecture with captions read', draft({ lessons: [lesson({ lecture, captionsVtt: 'WEBVTT\n' })] }), []],
    ['a lecture whose captions file is missing', draft({ lessons: [lesson({ lecture, captionsVtt: null })] }), ['captions-missing']],
    ['a lecture without a video', draft({ lessons: [lesson({ lecture: { ...lecture, video: '' } })] }), ['lecture-incomplete']],
    ['a quiz without questions', draft({ quiz: { ...settings, questions: [] } }), ['quiz-no-questions']],
    [
      'a quiz of descriptions only (nothing to grade)',
      draft({
        quiz: { ...settings, questions: [question({ key: 'intro', type: 'description', explanation: '', points: 0, options: [] })] },
      }),
      ['quiz-no-questions'],
    ],
    [
      'a question with no correct answer (say, from a bank)',
      draft({ quiz: { ...settings, questions: [question({ options: [option('A', false), option('B', false)] })] } }),
      ['question-invalid'],
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(publishProblems(input).map((p) => p.key)).toEqual(expected);
  });

  it('names the question and its first problem', () => {
    const problems = publishProblems(
      draft({ quiz: { ...settings, questions: [question(), question({ key: 'q2', prompt: 'Why?', explanation: '' })] } }),
    );
    expect(problems).toEqual([{ key: 'question-invalid', values: { n: 2, prompt: 'Why?', problem: 'explanation-required' } }]);
  });
});
