'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { importIntoBank } from '@/db/queries/bank-questions';
import { failed, ok, type ActionState } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireManagedBankApi } from '@/lib/auth/guards';
import { parseGift, type GiftError, type ParsedQuestion } from '@/lib/domain/gift';
import { giftImportSchema, MAX_GIFT_BYTES } from '@/lib/validation/banks';

/** A parsed GIFT text as the preview shows it; `text` comes back so nothing typed is lost. */
export interface GiftPreviewData {
  text: string;
  questions: ParsedQuestion[];
  /** The first errors; `moreErrors` counts those left out. */
  errors: GiftError[];
  moreErrors: number;
}

type GiftText = { text: string } | { error: 'empty' | 'too-large' | 'not-text'; sizeKb?: number; text: string };

const kb = (bytes: number) => Math.ceil(bytes / 1024);

/** The GIFT text of the form: an uploaded file wins over pasted text. Size is checked before decoding. */
async function readGiftText(form: FormData): Promise<GiftText> {
  const pasted = typeof form.get('text') === 'string' ? String(form.get('text')) : '';
  const file = form.get('file');
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_GIFT_BYTES) return { error: 'too-large', sizeKb: kb(file.size), text: '' };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
    } catch {
      return { error: 'not-text', text: '' };
    }
  }
  const bytes = Buffer.byteLength(pasted, 'utf8');
  if (bytes > MAX_GIFT_BYTES) return { error: 'too-large', sizeKb: kb(bytes), text: '' };
  if (pasted.trim() === '') return { error: 'empty', text: pasted };
  return { text: pasted };
}

/**
 * Previews GIFT text (`intent=preview`) or imports its valid questions
 * (`intent=import`, in one transaction, skipping questions the bank already
 * holds) and then returns to the bank. Text with no valid question imports
 * nothing. Errors are catalog keys under `banks.errors`; the text comes back
 * as `values.text`.
 */
export const giftImportAction = formAction(
  'content:author',
  giftImportSchema,
  async (input, { user, form }): Promise<ActionState<GiftPreviewData>> => {
    const bank = requireManagedBankApi(user, input.bankId);
    const read = await readGiftText(form);
    if ('error' in read) return failed(read.error, { size: read.sizeKb ?? 0 }, { text: read.text });
    const parsed = parseGift(read.text);
    if (input.intent === 'preview' || parsed.questions.length === 0) {
      return ok({ text: read.text, questions: parsed.questions, errors: parsed.errors, moreErrors: parsed.moreErrors ?? 0 });
    }
    const result = importIntoBank(bank.id, parsed.questions);
    revalidatePath(`/author/banks/${bank.id}`);
    revalidatePath('/author/banks');
    redirect(`/author/banks/${bank.id}?added=${result.added}&skipped=${result.skipped}`);
  },
  { invalidKey: 'invalid' },
);
