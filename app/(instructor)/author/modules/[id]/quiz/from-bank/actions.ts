'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { addBankQuestionsToQuiz, findAuthoringModule } from '@/db/queries/quiz-from-bank';
import { managedBank } from '@/lib/authoring/bank-access';
import { requirePermission } from '@/lib/auth/dal';
import { canEditModule } from '@/lib/domain/authoring-access';
import { AppError } from '@/lib/errors';
import { addFromBankSchema } from '@/lib/validation/banks';

/** Errors are catalog keys under `banks.errors`; `checked` keeps the ticked questions after a failure. */
export type AddFromBankState =
  { status: 'idle' } | { status: 'invalid'; error: string; checked: number[] } | { status: 'done'; count: number };

/** Copies the ticked bank questions into the module's draft quiz (owners, co-owners and admins only). */
export async function addFromBankAction(_prev: AddFromBankState, form: FormData): Promise<AddFromBankState> {
  const user = await requirePermission('content:author');
  const checked = form.getAll('questionIds').map(Number);
  const input = addFromBankSchema.safeParse({
    moduleId: form.get('moduleId'),
    bankId: form.get('bankId'),
    questionIds: form.getAll('questionIds'),
  });
  if (!input.success) {
    const message = input.error.issues[0]?.message;
    return { status: 'invalid', error: message === 'choose-questions' ? message : 'invalid', checked: [] };
  }
  const mod = findAuthoringModule(input.data.moduleId);
  if (!mod) return { status: 'invalid', error: 'module-not-found', checked };
  if (!canEditModule(user, mod)) return { status: 'invalid', error: 'module-forbidden', checked };
  const found = managedBank(user, input.data.bankId);
  if ('error' in found) return { status: 'invalid', error: found.error, checked };
  const t = await getTranslations('banks.fromBank');
  try {
    const { keys } = addBankQuestionsToQuiz({
      moduleId: mod.id,
      bankId: found.bank.id,
      questionIds: input.data.questionIds,
      newQuizTitle: t('newQuizTitle', { module: mod.title }),
      now: new Date(),
    });
    revalidatePath(`/author/modules/${mod.id}`, 'layout');
    return { status: 'done', count: keys.length };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found:question') return { status: 'invalid', error: 'question-missing', checked };
    throw error;
  }
}
