/**
 * The one shape every form action returns, read by the forms that run them.
 * Messages are catalog keys (with ICU values) that each form translates in
 * its own namespace, so no English sentence crosses from server to browser.
 * This module is shared by server and client code: no server imports here.
 */

/** A catalog key and its ICU values. */
export interface ActionMessage {
  key: string;
  values?: Record<string, string | number>;
}

/** The first problem of each field (dotted path for nested fields; 'form' for the whole form). */
export type FieldErrors = Record<string, ActionMessage>;

/** What was typed, sent back so a form that React resets can show it again. Never holds a password. */
export type FormValues = Record<string, string>;

/**
 * idle: nothing submitted yet. ok: done, with the action's own `data` and an
 * optional notice. invalid: input refused field by field. error: refused as
 * a whole (not found, not yours, changed by someone else …).
 */
export type ActionState<D = null> =
  | { status: 'idle' }
  | { status: 'ok'; data: D; message?: ActionMessage }
  | { status: 'invalid'; fieldErrors: FieldErrors; values?: FormValues }
  | { status: 'error'; message: ActionMessage; values?: FormValues };

/** The state a form starts in. */
export const idle = { status: 'idle' } as const satisfies ActionState<never>;

/** Success carrying the action's data (null when there is none) and an optional notice key. */
export function ok<D = null>(data: D, message?: string | ActionMessage): ActionState<D> {
  return { status: 'ok', data, ...(message !== undefined && { message: asMessage(message) }) };
}

/** Refusal of the form as a whole, named by a catalog key. */
export function failed(key: string, values?: ActionMessage['values'], typed?: FormValues): ActionState<never> {
  return { status: 'error', message: { key, ...(values && { values }) }, ...(typed && { values: typed }) };
}

/** Refusal of particular fields. */
export function invalid(fieldErrors: FieldErrors, typed?: FormValues): ActionState<never> {
  return { status: 'invalid', fieldErrors, ...(typed && { values: typed }) };
}

function asMessage(message: string | ActionMessage): ActionMessage {
  return typeof message === 'string' ? { key: message } : message;
}

/** Schema messages are catalog keys; anything else (a library's default sentence) is shown as 'invalid'. */
const catalogKey = /^[A-Za-z0-9][\w.-]*$/;

/**
 * The first issue of each field as a catalog key. Given the raw input, each
 * message also carries the `value` that was entered, so it can say "you
 * entered 140". Works for zod issues and for rule issues shaped alike (whose
 * own message values come as `messageValues`).
 */
export function fieldErrorsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string; messageValues?: ActionMessage['values'] }[],
  raw?: Record<string, unknown>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const entered = raw?.[String(issue.path[0])];
    const values = issue.messageValues ?? (typeof entered === 'string' ? { value: entered.trim() } : undefined);
    const key = catalogKey.test(issue.message) ? issue.message : 'invalid';
    errors[issue.path.map(String).join('.') || 'form'] ??= { key, ...(values && { values }) };
  }
  return errors;
}

/** What a form shows of a state: each field's error, what was typed, and the error about the form as a whole. */
export function formView(state: ActionState<unknown>): { fieldErrors: FieldErrors; values: FormValues; formError?: ActionMessage } {
  if (state.status === 'invalid') return { fieldErrors: state.fieldErrors, values: state.values ?? {}, formError: state.fieldErrors.form };
  if (state.status === 'error') return { fieldErrors: {}, values: state.values ?? {}, formError: state.message };
  return { fieldErrors: {}, values: {} };
}
