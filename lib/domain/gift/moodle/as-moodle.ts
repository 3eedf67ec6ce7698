/**
 * Test support: our parsed GIFT question in the shape Moodle's
 * `qformat_gift::readquestion` gives (qtype, fractions as 0–1, answers and
 * feedback as texts), so tests ported from Moodle's giftformat_test.php can
 * state Moodle's own expectations.
 */
import type { OptionData } from '../../quiz-snapshot';
import type { ParsedQuestion } from '../types';

export interface MoodleView {
  qtype: string;
  name: string | null;
  questiontext: string;
  generalfeedback: string;
  category: string | null;
  single?: 0 | 1;
  answer?: string[];
  fraction?: number[];
  feedback?: string[];
  tolerance?: (number | '')[];
  correctanswer?: 0 | 1;
  feedbacktrue?: string;
  feedbackfalse?: string;
  subquestions?: string[];
  subanswers?: string[];
}

const fraction = (o: OptionData) => (o.weight ?? (o.correct ? 100 : 0)) / 100;

/** The Moodle view of one of our questions. */
export function asMoodle(q: ParsedQuestion): MoodleView {
  const base = { name: q.title, questiontext: q.prompt, generalfeedback: q.explanation, category: q.category };
  const answers = {
    answer: q.options.map((o) => o.text),
    fraction: q.options.map(fraction),
    feedback: q.options.map((o) => o.feedback),
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...base, qtype: 'multichoice', single: q.type === 'single' ? 1 : 0, ...answers };
    case 'short':
      return { ...base, qtype: 'shortanswer', ...answers };
    case 'numerical':
      return { ...base, qtype: 'numerical', ...answers, tolerance: q.options.map((o) => (o.text === '*' ? '' : Number(o.match))) };
    case 'truefalse': {
      const [yes, no] = q.options;
      return { ...base, qtype: 'truefalse', correctanswer: yes?.correct ? 1 : 0, feedbacktrue: yes?.feedback, feedbackfalse: no?.feedback };
    }
    case 'matching':
      return { ...base, qtype: 'match', subquestions: q.options.map((o) => o.text), subanswers: q.options.map((o) => o.match ?? '') };
    case 'description':
      return { ...base, qtype: 'description' };
    case 'essay':
      return { ...base, qtype: 'essay' };
    case 'ordering':
      return { ...base, qtype: 'ordering' };
  }
}
