'use server';

import { revalidatePath } from 'next/cache';
import { emailExists } from '@/db/queries/users';
import { createUser, findAccount, setUserActive, setUserRole } from '@/db/queries/user-admin';
import { requirePermission } from '@/lib/auth/dal';
import { hashPassword } from '@/lib/auth/password';
import { checkAccountChange } from '@/lib/domain/user-admin';
import { createUserSchema, formFields, setActiveSchema, setRoleSchema } from '@/lib/validation/users';

export type FormState =
  | { status: 'idle' }
  | { status: 'invalid'; fieldErrors: Record<string, string>; formError?: string; values?: Record<string, string> }
  | { status: 'done'; message: { key: string; values: Record<string, string> } };

const userFields = ['name', 'email', 'role', 'country', 'ministry', 'jobTitle', 'password'] as const;

function firstErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
  return errors;
}

/** Creates an account. The form never echoes the password back. */
export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission('users:manage');
  const fields = formFields(form, userFields);
  // Typed values come back so the form keeps them; the password never does.
  const values = { ...fields, password: '' };
  const input = createUserSchema.safeParse(fields);
  if (!input.success) return { status: 'invalid', fieldErrors: firstErrors(input.error.issues), values };
  if (emailExists(input.data.email)) return { status: 'invalid', fieldErrors: { email: 'email-taken' }, values };
  const { password, ...profile } = input.data;
  createUser({ ...profile, passwordHash: await hashPassword(password) }, actor.id);
  revalidatePath('/admin/users');
  return { status: 'done', message: { key: 'created', values: { email: input.data.email } } };
}

export async function setRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission('users:manage');
  const input = setRoleSchema.safeParse(formFields(form, ['userId', 'role']));
  if (!input.success) return { status: 'invalid', fieldErrors: {}, formError: 'role-invalid' };
  const target = findAccount(input.data.userId);
  const refusal = checkAccountChange(actor.id, target);
  if (refusal || !target) return { status: 'invalid', fieldErrors: {}, formError: refusal ?? 'user-not-found' };
  setUserRole(target, input.data.role, actor.id);
  revalidatePath('/admin/users');
  return { status: 'done', message: { key: 'roleSaved', values: { name: target.name, role: input.data.role } } };
}

export async function setActiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission('users:manage');
  const input = setActiveSchema.safeParse(formFields(form, ['userId', 'active']));
  if (!input.success) return { status: 'invalid', fieldErrors: {}, formError: 'invalid' };
  const target = findAccount(input.data.userId);
  const refusal = checkAccountChange(actor.id, target);
  if (refusal || !target) return { status: 'invalid', fieldErrors: {}, formError: refusal ?? 'user-not-found' };
  setUserActive(target.id, input.data.active, actor.id);
  revalidatePath('/admin/users');
  return { status: 'done', message: { key: input.data.active ? 'reactivated' : 'deactivated', values: { name: target.name } } };
}
