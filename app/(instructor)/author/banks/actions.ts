'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createBank, deleteBank, deleteBankQuestion, renameBank } from '@/db/queries/question-banks';
import { managedBank } from '@/lib/authoring/bank-access';
import { requirePermission } from '@/lib/auth/dal';
import { bankIdSchema, createBankSchema, deleteQuestionSchema, renameBankSchema } from '@/lib/validation/banks';
import { formFields } from '@/lib/validation/users';

/** Errors and messages are catalog keys under `banks`. */
export type BankFormState =
  | { status: 'idle' }
  | { status: 'invalid'; error: string; values?: Record<string, string> }
  | { status: 'done'; message: string; values: Record<string, string> };

const firstMessage = (issues: { message: string }[]) => {
  const message = issues[0]?.message ?? 'invalid';
  return message.includes(' ') ? 'invalid' : message;
};

/** Creates a bank owned by the signed-in user and opens it. */
export async function createBankAction(_prev: BankFormState, form: FormData): Promise<BankFormState> {
  const user = await requirePermission('content:author');
  const fields = formFields(form, ['name']);
  const input = createBankSchema.safeParse(fields);
  if (!input.success) return { status: 'invalid', error: firstMessage(input.error.issues), values: fields };
  const bankId = createBank(input.data.name, user.id, new Date());
  revalidatePath('/author/banks');
  redirect(`/author/banks/${bankId}`);
}

export async function renameBankAction(_prev: BankFormState, form: FormData): Promise<BankFormState> {
  const user = await requirePermission('content:author');
  const fields = formFields(form, ['bankId', 'name']);
  const input = renameBankSchema.safeParse(fields);
  if (!input.success) return { status: 'invalid', error: firstMessage(input.error.issues), values: fields };
  const found = managedBank(user, input.data.bankId);
  if ('error' in found) return { status: 'invalid', error: found.error, values: fields };
  renameBank(found.bank.id, input.data.name);
  revalidatePath(`/author/banks/${found.bank.id}`);
  return { status: 'done', message: 'renamed', values: { name: input.data.name } };
}

/** Deletes a bank (questions a quiz also holds are only detached) and returns to the list. */
export async function deleteBankAction(_prev: BankFormState, form: FormData): Promise<BankFormState> {
  const user = await requirePermission('content:author');
  const input = bankIdSchema.safeParse(formFields(form, ['bankId']));
  if (!input.success) return { status: 'invalid', error: 'invalid' };
  const found = managedBank(user, input.data.bankId);
  if ('error' in found) return { status: 'invalid', error: found.error };
  deleteBank(found.bank.id);
  revalidatePath('/author/banks');
  redirect(`/author/banks?deleted=${encodeURIComponent(found.bank.name)}`);
}

export async function deleteQuestionAction(_prev: BankFormState, form: FormData): Promise<BankFormState> {
  const user = await requirePermission('content:author');
  const input = deleteQuestionSchema.safeParse(formFields(form, ['bankId', 'questionId']));
  if (!input.success) return { status: 'invalid', error: 'invalid' };
  const found = managedBank(user, input.data.bankId);
  if ('error' in found) return { status: 'invalid', error: found.error };
  if (!deleteBankQuestion(found.bank.id, input.data.questionId)) return { status: 'invalid', error: 'question-not-found' };
  revalidatePath(`/author/banks/${found.bank.id}`);
  return { status: 'done', message: 'questionDeleted', values: {} };
}
