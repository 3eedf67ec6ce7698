import 'server-only';
import { notFound } from 'next/navigation';
import type { z } from 'zod';
import type { SessionUser } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/guards';
import type { Action } from '@/lib/domain/permissions';
import { retryWhenBusy } from '@/lib/busy-retry';
import { AppError } from '@/lib/errors';
import { fieldErrorsOf, type ActionState, type FormValues } from './action-state';

/** 'public' for the rare action whose credential is in the form itself (a one-time link). */
export type ActionPermission = Action | 'public';

export interface FormActionContext<P extends ActionPermission> {
  /** The signed-in user, re-read from the database; null only for 'public' actions. */
  user: P extends 'public' ? null : SessionUser;
  /** The raw form, for what a schema does not read (uploaded files). */
  form: FormData;
  /** What was typed, without passwords: include it in a refusal so the form keeps it. */
  values: FormValues;
}

export interface FormActionOptions {
  /** How to read the form for the schema; by default the schema's own keys, as text ('' when absent). */
  read?: (form: FormData) => Record<string, unknown>;
  /** Catalog keys for AppErrors the body may throw, by code ('not-found:quiz') or kind ('not-found'); the kind itself otherwise. */
  errors?: Record<string, string>;
  /** A catalog key for a whole-form error when the input does not parse: for forms of hidden fields the user cannot fix. */
  invalidKey?: string;
  /** Names of further fields never echoed back (any field named like a password never is). */
  secret?: readonly string[];
}

type Body<P extends ActionPermission, S extends z.ZodType, D> = (
  input: z.output<S>,
  context: FormActionContext<P>,
) => ActionState<D> | Promise<ActionState<D>>;

/**
 * One shape for every form action: authorise (session and permission, read
 * from the database; sign-in redirect or 403 page as for a page) → parse the
 * form with `schema` (field errors) → run `body`. An AppError thrown by the
 * body or by a guard it calls becomes an 'error' state naming a catalog key;
 * anything else (including Next's redirect) is rethrown. A body that meets
 * another process's database write lock is run again after a short pause.
 * Arguments that are not a form (a forged request) answer 404, never a 500.
 */
export function formAction<P extends ActionPermission, S extends z.ZodType, D = null>(
  permission: P,
  schema: S,
  body: Body<P, S, D>,
  options: FormActionOptions = {},
): (previous: ActionState<D>, form: FormData) => Promise<ActionState<D>> {
  const read = options.read ?? schemaReader(schema);
  return async (_previous, form) => {
    const user = permission === 'public' ? null : await requirePermission(permission);
    // Only a forged Next-Action request sends anything else; Next answers 404 for notFound(), 500 for a TypeError.
    if (!(form instanceof FormData)) notFound();
    const raw = read(form);
    const values = echoed(raw, options.secret ?? []);
    const input = schema.safeParse(raw);
    if (!input.success) {
      if (options.invalidKey) return { status: 'error', message: { key: options.invalidKey }, values };
      // The echoed values, not the raw ones: a message may quote what was entered, never a password.
      return { status: 'invalid', fieldErrors: fieldErrorsOf(input.error.issues, values), values };
    }
    try {
      return await retryWhenBusy(() => body(input.data, { user: user as FormActionContext<P>['user'], form, values }));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { status: 'error', message: { key: options.errors?.[error.code] ?? options.errors?.[error.kind] ?? error.kind }, values };
    }
  };
}

/** Reads the text fields an object schema names; absent fields and files become ''. */
function schemaReader(schema: z.ZodType): (form: FormData) => Record<string, unknown> {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  // A programming mistake, so it fails when the module loads rather than when a user submits.
  if (!shape) throw new Error('formAction: give `read` for a schema that is not an object');
  return (form) => textFields(form, Object.keys(shape));
}

/** Reads named text fields of a form (absent fields and files become empty strings). */
export function textFields<K extends string>(form: FormData, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, textOf(form.get(key))])) as Record<K, string>;
}

function textOf(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value : '';
}

const passwordLike = /password|passphrase|confirm/i;

function echoed(raw: Record<string, unknown>, secret: readonly string[]): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' && !passwordLike.test(key) && !secret.includes(key)) values[key] = value;
  }
  return values;
}
