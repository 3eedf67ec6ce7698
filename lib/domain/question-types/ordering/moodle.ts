/** Ordering ⇄ the Moodle `ordering` plugin, graded here by the share of item pairs in the right order. */
import { noCombinedFeedback, unique } from '../moodle-kit';
import type { QuestionTypeModule } from '../types';

type OrderingFile = { type: 'ordering'; items: string[] };

export const orderingMoodleXml: Pick<QuestionTypeModule<'ordering', never, OrderingFile>, 'moodleXml'>['moodleXml'] = {
  read(data, kit) {
    if (data.type !== 'ordering') return null;
    const items = data.items.map((item) => kit.markdown(item.text));
    if (items.length < 2) kit.invalid('an ordering question needs at least 2 items');
    unique(kit, items, 'item');
    if (data.items.some((item) => item.feedback.text !== '')) kit.warn('feedback on single items is not kept');
    if (!['', 'RELATIVE_ALL_PREVIOUS_AND_NEXT'].includes(data.gradingType))
      kit.warn(`Moodle graded this with ${data.gradingType}; here the share of item pairs in the right order counts`);
    return { type: 'ordering', items };
  },
  write: (question, kit) => ({
    type: 'ordering',
    items: question.items.map((item) => ({ text: kit.text(item), feedback: kit.text('') })),
    layoutType: 'VERTICAL',
    selectType: 'ALL',
    selectCount: '0',
    // The closest of the plugin's gradings to ours (share of item pairs in the right order).
    gradingType: 'RELATIVE_ALL_PREVIOUS_AND_NEXT',
    showGrading: 'SHOW',
    numberingStyle: 'none',
    combinedFeedback: noCombinedFeedback(kit),
  }),
};
