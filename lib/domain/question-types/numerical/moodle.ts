/** Numerical ⇄ Moodle `numerical`. Units are not asked for here, so Moodle's units are left out with a warning. */
import { near, percent } from '../moodle-kit';
import type { QuestionTypeModule } from '../types';

type NumericalFile = {
  type: 'numerical';
  answers: { value: number | '*'; tolerance: number; weight: number; feedback: string }[];
};

export const numericalMoodleXml: Pick<QuestionTypeModule<'numerical', never, NumericalFile>, 'moodleXml'>['moodleXml'] = {
  read(data, kit) {
    if (data.type !== 'numerical') return null;
    const answers = data.answers.map((answer) => {
      const text = answer.text.text.trim();
      const value = text === '*' ? ('*' as const) : Number(text);
      if (value !== '*' && (text === '' || !Number.isFinite(value))) kit.invalid(`the answer "${text}" is not a number`);
      if (answer.fraction < 0 || answer.fraction > 1) kit.invalid(`the answer "${text}" is worth ${percent(answer.fraction)}%; 0–100% is allowed`);
      return { value, tolerance: Math.abs(answer.tolerance), weight: percent(answer.fraction), feedback: kit.markdown(answer.feedback) };
    });
    if (!data.answers.some((answer) => answer.text.text.trim() !== '*' && near(answer.fraction, 1))) kit.invalid('no numerical answer is worth 100%');
    if (data.units.length > 0) kit.warn('units are not kept: trainees type the number only');
    return { type: 'numerical', answers: answers.map((answer) => (near(answer.weight, 100) ? { ...answer, weight: 100 } : answer)) };
  },
  write: (question, kit) => ({
    type: 'numerical',
    answers: question.answers.map((answer) => ({
      text: { text: String(answer.value), format: 'plain_text', files: [] },
      fraction: answer.weight / 100,
      feedback: kit.text(answer.feedback),
      tolerance: answer.tolerance,
    })),
    units: [],
  }),
};
