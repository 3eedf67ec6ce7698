'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { importIntoBank } from '@/db/queries/bank-questions';
import { managedBank } from '@/lib/authoring/bank-access';
import { requirePermission } from '@/lib/auth/dal';
import { parseGift, type GiftError, type ParsedQuestion } from '@/lib/domain/gift';
import { giftImportSchema, MAX_GIFT_BYTES } from '@/lib/validation/banks';
import { formFields } from '@/lib/validation/users';

/** Errors are catalog keys under `banks.errors`; `text` comes back so nothing typed is lost. */
export type GiftImportState =
  | { status: 'idle' }
  | { status: 'invalid'; error: string; sizeKb?: number; text: string }
  | { status: 'preview'; text: string; questions: ParsedQuestion[]; errors: GiftError[] };

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
 * holds) and then returns to the bank. Text with no valid question imports nothing.
 */
export async function giftImportAction(_prev: GiftImportState, form: FormData): Promise<GiftImportState> {
  const user = await requirePermission('content:author');
  const input = giftImportSchema.safeParse(formFields(form, ['bankId', 'intent']));
  if (!input.success) return { status: 'invalid', error: 'invalid', text: '' };
  const found = managedBank(user, input.data.bankId);
  if ('error' in found) return { status: 'invalid', error: found.error, text: '' };
  const read = await readGiftText(form);
  if ('error' in read) return { status: 'invalid', error: read.error, sizeKb: read.sizeKb, text: read.text };
  const parsed = parseGift(read.text);
  if (input.data.intent === 'preview' || parsed.questions.length === 0) {
    return { status: 'preview', text: read.text, questions: parsed.questions, errors: parsed.errors };
  }
  const result = importIntoBank(found.bank.id, parsed.questions);
  revalidatePath(`/author/banks/${found.bank.id}`);
  revalidatePath('/author/banks');
  redirect(`/author/banks/${found.bank.id}?added=${result.added}&skipped=${result.skipped}`);
}
