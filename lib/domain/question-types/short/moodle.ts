/** Short answer ⇄ Moodle `shortanswer`. Only fully right answers are kept; a literal star is `\*` in Moodle. */
import { near, percent, unique } from '../moodle-kit';
import type { QuestionTypeModule } from '../types';

type ShortFile = { type: 'short'; accepted: (string | { text: string; weight: number; feedback: string })[] };

export const shortMoodleXml: Pick<QuestionTypeModule<'short', never, ShortFile>, 'moodleXml'>['moodleXml'] = {
  read(data, kit) {
    if (data.type !== 'shortanswer') return null;
    const accepted: string[] = [];
    for (const answer of data.answers) {
      // In Moodle "*" is a wildcard and "\*" a literal star.
      if (/(^|[^\\])\*/.test(answer.text.text) && near(answer.fraction, 1))
        kit.warn(`"*" in "${answer.text.text}" is a wildcard in Moodle; here it is not`);
      const text = answer.text.text.replaceAll('\\*', '*');
      if (!near(answer.fraction, 1)) kit.warn(`the answer "${text}" (worth ${percent(answer.fraction)}%) is not kept: only fully right answers are`);
      else accepted.push(text);
    }
    if (accepted.length === 0) kit.invalid('no answer is worth 100%');
    unique(kit, accepted, 'accepted answer');
    if (data.caseSensitive) kit.warn('Moodle matched this answer case-sensitively; here case is ignored');
    if (data.answers.some((answer) => near(answer.fraction, 1) && answer.feedback.text !== '')) kit.warn('feedback on accepted answers is not kept');
    return { type: 'short', accepted };
  },
  write: (question, kit) => ({
    type: 'shortanswer',
    caseSensitive: false,
    answers: question.accepted.map((accepted) => {
      const { text, weight, feedback } = typeof accepted === 'string' ? { text: accepted, weight: 100, feedback: '' } : accepted;
      // A literal star is written \* so that Moodle does not read it as a wildcard.
      return { text: { text: text === '*' ? '*' : text.replaceAll('*', '\\*'), format: 'plain_text', files: [] }, fraction: weight / 100, feedback: kit.text(feedback) };
    }),
  }),
};
