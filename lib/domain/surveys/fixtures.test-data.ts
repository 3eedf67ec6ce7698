import type { SurveyQuestion } from './questions';

/** The questions most survey tests use: one of each kind, the rating flagged as overall satisfaction. */
export const sampleQuestions: SurveyQuestion[] = [
  { key: 'q1', kind: 'rating', prompt: 'Overall, how useful was the workshop?', required: true, lowLabel: 'Not useful', highLabel: 'Very useful', overall: true },
  { key: 'q2', kind: 'single', prompt: 'Pace', required: false, options: [{ key: 'slow', label: 'Too slow' }, { key: 'right', label: 'About right' }, { key: 'fast', label: 'Too fast' }] },
  { key: 'q3', kind: 'multiple', prompt: 'Most useful parts', required: false, options: [{ key: 'a', label: 'Cases' }, { key: 'b', label: 'Group work' }, { key: 'c', label: 'Q&A' }] },
  { key: 'q4', kind: 'text', prompt: 'What will you apply in your ministry?', required: true },
];
