import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, optionKey, type ModuleDraft, type QuestionDraft } from './snapshot';
import { safeReviewPolicy } from '@/lib/domain/review-policy';

const ordering: QuestionDraft = {
  key: 'order-it',
  type: 'ordering',
  prompt: 'Put these in order.',
  explanation: 'First came first.',
  points: 2,
  options: ['First', 'Second', 'Third'].map((text) => ({ text, correct: true, weight: null, match: null, feedback: '' })),
};

function draft(): ModuleDraft {
  return {
    title: 'Module A',
    summary: 'Summary.',
    objectives: ['Explain a thing.'],
    lessons: [
      {
        key: '01-intro',
        title: 'Intro',
        summary: '',
        minutes: 10,
        required: true,
        sources: ['000_0123456789abcdef'],
        markdown: '## Start\n\n<script>x()</script>\n\n**Source:** A.',
        lecture: { title: 'Talk', video: 'lectures/a.mp4', captions: 'lectures/a.vtt' },
        captionsVtt: 'WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n',
        attachments: [],
      },
      { key: '02-more', title: 'More', summary: 's', minutes: 5, required: false, sources: ['000_0123456789abcdef'], markdown: 'Text', lecture: null, captionsVtt: null, attachments: [] },
    ],
    quiz: {
      title: 'Quiz',
      passMark: 70,
      attemptLimit: null,
      timeLimitMinutes: null,
      shuffleQuestions: true,
      shuffleOptions: true,
      scoring: 'best',
      review: safeReviewPolicy,
      questions: [
        {
          key: 'pick-one',
          type: 'single',
          prompt: 'Pick one.',
          explanation: 'Because.',
          points: 1,
          options: [
            { text: 'Right', correct: true, weight: null, match: null, feedback: '' },
            { text: 'Wrong', correct: false, weight: null, match: null, feedback: 'No.' },
          ],
        },
        ordering,
      ],
    },
  };
}

describe('buildSnapshot', () => {
  it('renders lesson HTML once, with positions, and keeps lesson data', () => {
    const snapshot = buildSnapshot(draft());
    expect(snapshot.lessons.map((lesson) => [lesson.key, lesson.position])).toEqual([['01-intro', 0], ['02-more', 1]]);
    expect(snapshot.lessons[0]?.html).toContain('<h2>Start</h2>');
    expect(snapshot.lessons[0]?.html).not.toContain('script');
    expect(snapshot.lessons[0]).not.toHaveProperty('markdown');
    expect(snapshot.lessons[0]?.captionsVtt).toContain('WEBVTT');
    expect(snapshot.lessons[1]).toMatchObject({ lecture: null, captionsVtt: null, required: false });
  });

  it('freezes the quiz with its settings and answer data', () => {
    const quiz = buildSnapshot(draft()).quiz;
    expect(quiz).toMatchObject({ title: 'Quiz', passMark: 70, scoring: 'best' });
    expect(quiz?.questions[0]?.options.map(({ text, correct, feedback }) => ({ text, correct, feedback }))).toEqual([
      { text: 'Right', correct: true, feedback: '' },
      { text: 'Wrong', correct: false, feedback: 'No.' },
    ]);
    expect(buildSnapshot({ ...draft(), quiz: null }).quiz).toBeNull();
  });

  it('is deterministic: the same draft gives the same hash and option keys', () => {
    const a = buildSnapshot(draft());
    const b = buildSnapshot(draft());
    expect(b.contentHash).toBe(a.contentHash);
    expect(b.quiz).toEqual(a.quiz);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives option keys that are unique and hide position and correctness', () => {
    const keys = buildSnapshot(draft()).quiz?.questions[1]?.options.map((option) => option.key) ?? [];
    expect(new Set(keys).size).toBe(3);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{12}$/);
    // Someone who sees the texts cannot recover positions by hashing the visible data.
    const visibleGuesses = ordering.options.flatMap((option) =>
      [0, 1, 2].map((position) =>
        createHash('sha256').update([ordering.key, option.text, position].join('\u0000')).digest('hex').slice(0, 12),
      ),
    );
    expect(keys.filter((key) => visibleGuesses.includes(key))).toEqual([]);
    // Sorting the keys says nothing about the order either way round.
    const reversed = { ...ordering, options: [...ordering.options].reverse() };
    expect(optionKey(reversed, 'First', 2)).not.toBe(optionKey(ordering, 'First', 0));
  });

  it('ignores property order and extra properties when hashing', () => {
    const base = buildSnapshot(draft()).contentHash;
    const [first, second] = draft().lessons;
    if (!first || !second) throw new Error('fixture');
    const withExtras = { id: 42, revision: 7, ...first };
    const reordered: ModuleDraft = {
      quiz: draft().quiz,
      lessons: [withExtras, second],
      objectives: ['Explain a thing.'],
      summary: 'Summary.',
      title: 'Module A',
    };
    expect(buildSnapshot(reordered).contentHash).toBe(base);
  });

  it.each<[string, (value: ModuleDraft) => void]>([
    ['the title', (value) => void (value.title = 'Other')],
    ['an objective', (value) => void value.objectives.push('Another.')],
    ['a lesson body', (value) => void (value.lessons[0]!.markdown += ' More.')],
    ['the captions text', (value) => void (value.lessons[0]!.captionsVtt = 'WEBVTT\n')],
    ['the lesson order', (value) => void value.lessons.reverse()],
    ['an attachment', (value) => void value.lessons[1]!.attachments.push({ title: 'Slides', path: 'a.pdf', size: 1, mimeType: 'application/pdf' })],
    ['which option is correct', (value) => void (value.quiz!.questions[0]!.options[1]!.correct = true)],
    ['a quiz setting', (value) => void (value.quiz!.passMark = 80)],
  ])('changes the hash when %s changes', (_name, change) => {
    const changed = draft();
    change(changed);
    expect(buildSnapshot(changed).contentHash).not.toBe(buildSnapshot(draft()).contentHash);
  });
});
