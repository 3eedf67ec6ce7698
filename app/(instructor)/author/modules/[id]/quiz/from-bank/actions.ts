'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { addBankQuestionsToQuiz } from '@/db/queries/quiz-from-bank';
import { ok } from '@/lib/actions/action-state';
import { formAction } from '@/lib/actions/form-action';
import { requireEditableModuleApi, requireManagedBankApi } from '@/lib/auth/guards';
import { addFromBankSchema } from '@/lib/validation/banks';

function readPicks(form: FormData) {
  return { moduleId: form.get('moduleId'), bankId: form.get('bankId'), questionIds: form.getAll('questionIds') };
}

/**
 * Copies the ticked bank questions into the module's draft quiz (owners,
 * co-owners and admins only). Errors are catalog keys under `banks.errors`.
 */
export const addFromBankAction = formAction(
  'content:author',
  addFromBankSchema,
  async (input, { user }) => {
    const mod = requireEditableModuleApi(user, input.moduleId);
    const bank = requireManagedBankApi(user, input.bankId);
    const t = await getTranslations('banks.fromBank');
    const { keys } = addBankQuestionsToQuiz({
      moduleId: mod.id,
      bankId: bank.id,
      questionIds: input.questionIds,
      newQuizTitle: t('newQuizTitle', { module: mod.title }),
      now: new Date(),
    });
    revalidatePath(`/author/modules/${mod.id}`, 'layout');
    return ok({ count: keys.length });
  },
  {
    read: readPicks,
    errors: { 'not-found:module': 'module-not-found', 'forbidden:module': 'module-forbidden', 'not-found:question': 'question-missing' },
  },
);
