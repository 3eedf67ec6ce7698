'use client';

import { Button, type ButtonLook } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

interface ActionButtonProps extends ButtonLook {
  action: (state: ActionState<null>, form: FormData) => Promise<ActionState<null>>;
  /** Hidden fields sent with the button (an id). */
  fields?: Record<string, string>;
  label: string;
  /** The texts of the outcomes, already translated by the server parent: by message key, and 'failed' for any refusal. */
  messages: Record<string, string> & { failed: string };
  /** Nothing left to do (already read): no button, but an outcome just reported stays for screen readers. */
  done?: boolean;
  /** The button goes once the action has succeeded (a confirmation that cannot be repeated usefully). */
  once?: boolean;
}

/**
 * A one-button form (mark read, send again) that reports its outcome in a
 * live region. Its strings come translated from the server component that
 * renders it, so no catalogue goes to the browser for it.
 */
export function ActionButton({ action, fields = {}, label, messages, done = false, once = false, ...look }: ActionButtonProps) {
  const [state, onSubmit, pending] = useFormAction(action);
  const okText = state.status === 'ok' && state.message ? messages[state.message.key] : undefined;
  return (
    <ClientForm onSubmit={onSubmit} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {!done && !(once && state.status === 'ok') && (
        <Button type="submit" disabled={pending} {...look}>
          {label}
        </Button>
      )}
      {okText && <StatusMessage tone="success">{okText}</StatusMessage>}
      {(state.status === 'error' || state.status === 'invalid') && (
        <StatusMessage tone="error">{state.status === 'error' ? (messages[state.message.key] ?? messages.failed) : messages.failed}</StatusMessage>
      )}
    </ClientForm>
  );
}
