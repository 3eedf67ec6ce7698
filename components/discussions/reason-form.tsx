'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { TextArea } from '@/components/ui/controls';
import { describedBy, FieldFrame } from '@/components/ui/field-frame';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView, type ActionState } from '@/lib/actions/action-state';

interface Props {
  action: (state: ActionState<null>, form: FormData) => Promise<ActionState<null>>;
  id: string;
  fields: Record<string, string | number>;
  label: string;
  submitLabel: string;
}

/** A reason and a button: reporting a post, or a moderator hiding one. What was typed stays on an error. */
export function ReasonForm({ action, id, fields, label, submitLabel }: Props) {
  const t = useTranslations('discussionForms');
  const tError = useTranslations('discussionErrors');
  const [state, onSubmit, pending] = useFormAction(action);
  const { fieldErrors, formError } = formView(state);
  const problem = fieldErrors.reason;
  const error = problem ? tError(problem.key, problem.values) : undefined;
  const whole = formError ?? fieldErrors.postId;
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FieldFrame id={id} label={label} error={error}>
        <TextArea
          id={id}
          name="reason"
          dir="auto"
          rows={2}
          required
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(id, undefined, error)}
        />
      </FieldFrame>
      <Button type="submit" size="sm" variant="danger" disabled={pending}>
        {submitLabel}
      </Button>
      {whole && <StatusMessage tone="error">{tError(whole.key, whole.values)}</StatusMessage>}
      {state.status === 'ok' && state.message && <StatusMessage tone="success">{t(`done.${state.message.key}`)}</StatusMessage>}
    </ClientForm>
  );
}
