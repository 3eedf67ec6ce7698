/**
 * Essay: free text, graded by an instructor (`grading: 'manual'`). Submitting
 * an attempt with an essay leaves it awaiting grading; the points count once
 * every essay of the attempt is graded (see ../../essay-grading.ts). The one
 * stored option carries the answer box's starting text (`text`) and the
 * notes for the grader (`feedback`, never shown to trainees). GIFT writes an
 * essay as an empty answer block `{}`, Moodle XML as `essay`.
 */
import { z } from 'zod';
import type { OptionData } from '../../quiz-snapshot';
import { MAX_ESSAY_LENGTH } from '../answer-limits';
import { questionFileBase } from '../file-schema';
import { option, TEXT_MAX } from '../kit';
import { formText } from '../form-schema';
import type { FormIssue, QuestionTypeModule } from '../types';

export interface EssayResponse {
  type: 'essay';
  text: string;
}

/** Longest grader information or response template. */
const NOTE_MAX = 2000;

const fileSchema = z.strictObject({
  ...questionFileBase,
  type: z.literal('essay'),
  /** Notes for whoever grades it: what a good answer covers. */
  graderInfo: z.string().trim().max(NOTE_MAX).optional(),
  /** The text the answer box starts with. */
  responseTemplate: z.string().trim().max(NOTE_MAX).optional(),
});
type EssayFile = z.infer<typeof fileSchema>;

/** An essay's stored notes: the answer box's starting text and the grader information. */
export const essayNotes = (options: readonly OptionData[]) => ({ responseTemplate: options[0]?.text ?? '', graderInfo: options[0]?.feedback ?? '' });

/** Only what was given, so a file question keeps its defaults left out. */
const given = ({ graderInfo, responseTemplate }: { graderInfo: string; responseTemplate: string }): Pick<EssayFile, 'graderInfo' | 'responseTemplate'> => ({
  ...(graderInfo ? { graderInfo } : {}),
  ...(responseTemplate ? { responseTemplate } : {}),
});

/** What an essay's input needs: the text its answer box starts with. */
export interface EssayPublic {
  responseTemplate: string;
}

/** An essay's fields of the builder's form. */
export interface EssayFields {
  /** Notes for the grader (never shown to trainees). */
  graderInfo?: string;
  /** The text the answer box starts with. */
  responseTemplate?: string;
}

function noteIssues(form: EssayFields): FormIssue[] {
  const issues: FormIssue[] = [];
  for (const field of ['graderInfo', 'responseTemplate'] as const)
    if ((form[field] ?? '').length > NOTE_MAX) issues.push({ field, key: 'text-too-long', values: { max: NOTE_MAX } });
  return issues;
}

export { MAX_ESSAY_LENGTH, wordCount } from '../answer-limits';

export const essay: QuestionTypeModule<'essay', EssayResponse, EssayFile, EssayFields, EssayPublic> = {
  type: 'essay',
  grading: 'manual',
  fileSchema,
  fileOptions: (file) => [option(file.responseTemplate ?? '', false, { feedback: file.graderInfo ?? '' })],
  fileFields: (options) => given(essayNotes(options)),
  parseResponse(_question, { text }) {
    if (typeof text !== 'string') return { error: 'text must be a string' };
    if (text.length > MAX_ESSAY_LENGTH) return { error: `text is longer than ${MAX_ESSAY_LENGTH} characters` };
    return { type: 'essay', text };
  },
  // Only a person can grade it; null marks an empty answer, anything else waits for the grader.
  fraction: () => null,
  keyResponse: () => ({ type: 'essay', text: 'An answer for the grader to read.' }),
  layout: {
    shown: () => [],
    shuffle: 'never',
    extras: (question) => ({ responseTemplate: essayNotes(question.options).responseTemplate }),
  },
  review: {
    answer: (_question, response) => (response.text.trim() ? [response.text] : []),
    correct: () => [],
    chosen: () => [],
  },
  gift: {
    read: (block) => (block.body === '' ? { ok: true, type: 'essay', options: [option('', false)] } : null),
    write: () => ({ inline: '' }),
  },
  moodleXml: {
    read(data, kit) {
      if (data.type !== 'essay') return null;
      if (data.attachments !== 0) kit.warn('attachments are not kept: trainees answer with text only');
      if (data.responseFormat !== 'plain' && data.responseFormat !== 'editor') kit.warn(`the response format ${data.responseFormat} is answered as plain text`);
      return { type: 'essay', ...given({ graderInfo: kit.markdown(data.graderInfo), responseTemplate: kit.markdown(data.responseTemplate) }) };
    },
    write: (question, kit) => ({
      type: 'essay',
      responseFormat: 'plain',
      responseRequired: true,
      responseFieldLines: 15,
      attachments: 0,
      attachmentsRequired: 0,
      graderInfo: kit.text(question.graderInfo ?? ''),
      responseTemplate: kit.text(question.responseTemplate ?? ''),
    }),
  },
  builder: {
    formShape: { graderInfo: formText.optional(), responseTemplate: formText.optional() },
    blank: () => ({}),
    empty: () => ({ graderInfo: '', responseTemplate: '' }),
    issues: noteIssues,
    options: (form) => [option((form.responseTemplate ?? '').trim(), false, { feedback: (form.graderInfo ?? '').trim() })],
    fields: (options) => essayNotes(options),
  },
  listing: { text: (o) => o.feedback.slice(0, TEXT_MAX), marksCorrect: false },
  translationList: null,
};
