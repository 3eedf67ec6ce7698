'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createBank, deleteBank, deleteBankQuestion, renameBank } from '@/db/queries/question-banks';
import { failed, ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireManagedBankApi } from '@/lib/auth/guards';
import { bankIdSchema, createBankSchema, deleteQuestionSchema, renameBankSchema } from '@/lib/validation/banks';

/* Errors and notices are catalog keys under `banks` (errors under `banks.errors`). */

/** Creates a bank owned by the signed-in user and opens it. */
export const createBankAction = formAction('content:author', createBankSchema, (input, { user }) => {
  const bankId = createBank(input.name, user.id, new Date());
  revalidatePath('/author/banks');
  redirect(`/author/banks/${bankId}`);
});

/** Renames a bank the user manages. */
export const renameBankAction = formAction('content:author', renameBankSchema, (input, { user }) => {
  const bank = requireManagedBankApi(user, input.bankId);
  renameBank(bank.id, input.name);
  revalidatePath(`/author/banks/${bank.id}`);
  return ok({ name: input.name }, { key: 'renamed', values: { name: input.name } });
});

/** Deletes a bank (questions a quiz also holds are only detached) and returns to the list. */
export const deleteBankAction = formAction(
  'content:author',
  bankIdSchema,
  (input, { user }) => {
    const bank = requireManagedBankApi(user, input.bankId);
    deleteBank(bank.id);
    revalidatePath('/author/banks');
    redirect(`/author/banks?deleted=${encodeURIComponent(bank.name)}`);
  },
  { invalidKey: 'invalid' },
);

/** Deletes one question of a bank the user manages. */
export const deleteQuestionAction = formAction(
  'content:author',
  deleteQuestionSchema,
  (input, { user }) => {
    const bank = requireManagedBankApi(user, input.bankId);
    if (!deleteBankQuestion(bank.id, input.questionId)) return failed('question-not-found');
    revalidatePath(`/author/banks/${bank.id}`);
    return ok(null, 'questionDeleted');
  },
  { invalidKey: 'invalid' },
);
