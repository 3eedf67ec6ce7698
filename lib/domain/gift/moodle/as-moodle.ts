/**
 * Test support: our parsed GIFT question in the shape Moodle's
 * `qformat_gift::readquestion` gives (qtype, fractions as 0–1, answers and
 * feedback as texts), so tests ported from Moodle's giftformat_test.php can
 * state Moodle's own expectations.
 */
import type { OptionData, QuestionType } from '../../quiz-snapshot';
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

type Answers = Pick<MoodleView, 'answer' | 'fraction' | 'feedback'>;

/**
 * Moodle's qtype and answer fields for the types GIFT gives answers to. A type
 * not listed has Moodle's qtype of the same name and no answer fields (a
 * description, an essay), so a new type needs no line here.
 */
const views: Partial<Record<QuestionType, (q: ParsedQuestion, answers: Answers) => Partial<MoodleView>>> = {
  single: (_q, answers) => ({ qtype: 'multichoice', single: 1, ...answers }),
  multiple: (_q, answers) => ({ qtype: 'multichoice', single: 0, ...answers }),
  short: (_q, answers) => ({ qtype: 'shortanswer', ...answers }),
  numerical: (q, answers) => ({ ...answers, tolerance: q.options.map((o) => (o.text === '*' ? '' : Number(o.match))) }),
  truefalse: (q) => {
    const [yes, no] = q.options;
    return { correctanswer: yes?.correct ? 1 : 0, feedbacktrue: yes?.feedback, feedbackfalse: no?.feedback };
  },
  matching: (q) => ({ qtype: 'match', subquestions: q.options.map((o) => o.text), subanswers: q.options.map((o) => o.match ?? '') }),
};

/** The Moodle view of one of our questions. */
export function asMoodle(q: ParsedQuestion): MoodleView {
  const base = { name: q.title, questiontext: q.prompt, generalfeedback: q.explanation, category: q.category };
  const answers = {
    answer: q.options.map((o) => o.text),
    fraction: q.options.map(fraction),
    feedback: q.options.map((o) => o.feedback),
  };
  return { ...base, qtype: q.type, ...views[q.type]?.(q, answers) };
}
