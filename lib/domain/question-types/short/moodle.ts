/**
 * Short answer ⇄ Moodle `shortanswer`. Answers keep their text as Moodle
 * writes it: `*` is the same wildcard and `\*` the same literal star here
 * (./wildcard.ts), so nothing is rewritten either way. Partial credit,
 * per-answer feedback and `usecase` are kept.
 */
import { near, percent, unique } from '../moodle-kit';
import type { QuestionTypeModule } from '../types';

type Accepted = string | { text: string; weight: number; feedback: string };
type ShortFile = { type: 'short'; accepted: Accepted[]; caseSensitive?: boolean };

export const shortMoodleXml: Pick<QuestionTypeModule<'short', never, ShortFile>, 'moodleXml'>['moodleXml'] = {
  read(data, kit) {
    if (data.type !== 'shortanswer') return null;
    const accepted: Accepted[] = [];
    for (const answer of data.answers) {
      const text = answer.text.text.trim();
      const feedback = kit.markdown(answer.feedback);
      if (answer.fraction < 0 || answer.fraction > 1) kit.invalid(`the answer "${text}" is worth ${percent(answer.fraction)}%, outside 0–100%`);
      const full = near(answer.fraction, 1);
      accepted.push(full && feedback === '' ? text : { text, weight: full ? 100 : percent(answer.fraction), feedback });
    }
    if (!data.answers.some((answer) => near(answer.fraction, 1))) kit.invalid('no answer is worth 100%');
    unique(
      kit,
      accepted.map((a) => (typeof a === 'string' ? a : a.text)),
      'accepted answer',
    );
    return { type: 'short', accepted, ...(data.caseSensitive ? { caseSensitive: true } : {}) };
  },
  write: (question, kit) => ({
    type: 'shortanswer',
    caseSensitive: question.caseSensitive ?? false,
    answers: question.accepted.map((accepted) => {
      const { text, weight, feedback } = typeof accepted === 'string' ? { text: accepted, weight: 100, feedback: '' } : accepted;
      return { text: { text, format: 'plain_text', files: [] }, fraction: weight / 100, feedback: kit.text(feedback) };
    }),
  }),
};
