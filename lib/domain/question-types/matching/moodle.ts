/** Matching ⇄ Moodle `matching`; Moodle's extra wrong answers (distractors) are not kept. */
import { noCombinedFeedback, unique } from '../moodle-kit';
import type { QuestionTypeModule } from '../types';

type MatchingFile = { type: 'matching'; pairs: { left: string; right: string }[] };

export const matchingMoodleXml: Pick<QuestionTypeModule<'matching', never, MatchingFile>, 'moodleXml'>['moodleXml'] = {
  read(data, kit) {
    if (data.type !== 'matching') return null;
    const pairs = data.subquestions.filter((sub) => sub.text.text !== '').map((sub) => ({ left: kit.markdown(sub.text), right: sub.answer }));
    for (const extra of data.subquestions.filter((sub) => sub.text.text === '')) kit.warn(`the extra wrong answer "${extra.answer}" is not kept`);
    if (pairs.length < 2) kit.invalid('a matching question needs at least 2 pairs');
    unique(
      kit,
      pairs.map((pair) => pair.left),
      'left side',
    );
    unique(
      kit,
      pairs.map((pair) => pair.right),
      'right side',
    );
    return { type: 'matching', pairs };
  },
  write: (question, kit) => ({
    type: 'matching',
    shuffleAnswers: true,
    subquestions: question.pairs.map((pair) => ({ text: kit.text(pair.left), answer: pair.right })),
    combinedFeedback: noCombinedFeedback(kit),
  }),
};
