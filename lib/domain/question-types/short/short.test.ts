import { describe, expect, it } from 'vitest';
import { questionDraftFromForm, questionFormFromDraft } from '../../question-builder';
import type { QuestionData } from '../../quiz-snapshot';
import { option } from '../kit';

describe('short answer in the builder', () => {
  const draft: QuestionData = {
    key: 'animal',
    type: 'short',
    prompt: 'Best animal?',
    explanation: 'Frogs.',
    points: 1,
    options: [
      option('Frog', true, { feedback: 'Good!' }),
      option('Cat', false, { weight: 50, feedback: 'Cats?' }),
      option('*', false, { weight: 0, feedback: 'No.' }),
    ],
  };

  it('keeps imported partial credit, the catch-all and feedback through an edit', () => {
    const form = questionFormFromDraft(draft);
    expect(form.accepted).toEqual(['Frog']);
    expect(questionDraftFromForm(form, 'animal')).toEqual(draft);
    const edited = questionDraftFromForm({ ...form, accepted: ['Frog', 'Toad'] }, 'animal');
    expect(edited.options.map((o) => [o.text, o.correct, o.weight, o.feedback])).toEqual([
      ['Frog', true, null, 'Good!'],
      ['Toad', true, null, ''],
      ['Cat', false, 50, 'Cats?'],
      ['*', false, 0, 'No.'],
    ]);
  });

  it('drops a kept partial answer once it is typed as an accepted one', () => {
    const form = questionFormFromDraft(draft);
    const edited = questionDraftFromForm({ ...form, accepted: ['Frog', 'cat'] }, 'animal');
    expect(edited.options.map((o) => [o.text, o.correct])).toEqual([
      ['Frog', true],
      ['cat', true],
      ['*', false],
    ]);
  });
});
