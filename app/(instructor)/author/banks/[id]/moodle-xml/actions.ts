'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { importIntoBank } from '@/db/queries/bank-questions';
import { uploadLimits } from '@/lib/authoring/files';
import { storeBankImages } from '@/lib/authoring/question-images';
import { failed, ok, type ActionState } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireManagedBankApi } from '@/lib/auth/guards';
import { MAX_MOODLE_XML_BYTES, MoodleXmlError, readMoodleForBank, type MoodleBankImport } from '@/lib/interchange/moodle-xml';
import { moodleImportSchema } from '@/lib/validation/banks';

/** The preview: every question with its type, skipped ones with the reason, warnings per question. */
export type MoodlePreviewData = Omit<MoodleBankImport, 'questions' | 'images'> & { importable: number };

/**
 * Previews an uploaded Moodle XML file (`intent=preview`) or imports its
 * importable questions into the bank (`intent=import`, one transaction,
 * questions the bank already holds skipped), then returns to the bank.
 * Embedded PNG and JPEG images are stored as uploads (type checked by
 * content, the attachment size limit) and the questions point at them; an
 * image that cannot be stored is a warning on its question in the preview.
 * The bank is checked first (403/404); the size before the file is read.
 */
export const moodleImportAction = formAction(
  'content:author',
  moodleImportSchema,
  async (input, { user, form }): Promise<ActionState<MoodlePreviewData>> => {
    const bank = requireManagedBankApi(user, input.bankId);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return failed('xml-empty');
    if (file.size > MAX_MOODLE_XML_BYTES) return failed('too-large', { size: Math.ceil(file.size / 1024) });
    let read: MoodleBankImport;
    try {
      read = readMoodleForBank(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()), { maxImageBytes: uploadLimits().attachment });
    } catch (error) {
      if (error instanceof MoodleXmlError) return failed(`xml-${error.code}`, { line: error.line ?? 0, size: 0, ...error.values });
      if (error instanceof TypeError) return failed('not-text');
      throw error;
    }
    const { questions, images, ...preview } = read;
    if (input.intent === 'preview' || questions.length === 0) return ok({ ...preview, importable: questions.length });
    // Images are stored first under content-addressed names: storing one twice, or for a question the bank already has, changes nothing.
    const result = importIntoBank(bank.id, storeBankImages(questions, images));
    revalidatePath(`/author/banks/${bank.id}`);
    revalidatePath('/author/banks');
    redirect(`/author/banks/${bank.id}?added=${result.added}&skipped=${result.skipped}`);
  },
  { invalidKey: 'invalid' },
);
