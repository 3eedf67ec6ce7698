'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { TextArea, TextInput } from '@/components/ui/controls';
import { describedBy, FieldFrame } from '@/components/ui/field-frame';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formView, type ActionState } from '@/lib/actions/action-state';

interface Props<D> {
  action: (state: ActionState<D>, form: FormData) => Promise<ActionState<D>>;
  /** Unique per page: the fields' ids derive from it. */
  id: string;
  /** Hidden fields naming where the post goes (cohortId, threadId, parentId, postId …). */
  fields: Record<string, string | number>;
  submitLabel: string;
  /** Show the title field (a new thread). */
  withTitle?: boolean;
  /** Offer the announcement box (a moderator starting a forum thread). */
  withAnnouncement?: boolean;
  /** The text to start from (editing). */
  initialBody?: string;
  /** Clear the form after a success (new posts; an edit keeps its text). */
  resetOnSuccess?: boolean;
}

/**
 * The one form for writing in a discussion: a new thread (title, body, and
 * for moderators the announcement box), a post, a reply or an edit. It is
 * submitted without React resetting it, so what was typed stays on an error;
 * errors are shown by field and the outcome is announced.
 */
export function PostForm<D>({
  action,
  id,
  fields,
  submitLabel,
  withTitle = false,
  withAnnouncement = false,
  initialBody = '',
  resetOnSuccess = true,
}: Props<D>) {
  const t = useTranslations('discussionForms');
  const tError = useTranslations('discussionErrors');
  const [state, onSubmit, pending] = useFormAction(action);
  const form = useRef<HTMLFormElement>(null);
  const { fieldErrors, formError } = formView(state);
  const message = (problem: { key: string; values?: Record<string, string | number> } | undefined) =>
    problem ? tError(problem.key, problem.values) : undefined;
  const titleError = message(fieldErrors.title);
  const bodyError = message(fieldErrors.body);
  const wholeError = message(formError ?? fieldErrors.cohortId ?? fieldErrors.threadId ?? fieldErrors.postId ?? fieldErrors.parentId);

  useEffect(() => {
    if (state.status === 'ok' && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);

  return (
    <ClientForm ref={form} onSubmit={onSubmit} noValidate className="space-y-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {withTitle && (
        <FieldFrame id={`${id}-title`} label={t('title')} error={titleError}>
          <TextInput
            id={`${id}-title`}
            name="title"
            dir="auto"
            required
            maxLength={400}
            aria-invalid={Boolean(titleError)}
            aria-describedby={describedBy(`${id}-title`, undefined, titleError)}
          />
        </FieldFrame>
      )}
      <FieldFrame id={`${id}-body`} label={t('body')} hint={t('bodyHint')} error={bodyError}>
        <TextArea
          id={`${id}-body`}
          name="body"
          dir="auto"
          rows={5}
          required
          defaultValue={initialBody}
          aria-invalid={Boolean(bodyError)}
          aria-describedby={describedBy(`${id}-body`, t('bodyHint'), bodyError)}
        />
      </FieldFrame>
      {withAnnouncement && (
        <label className="flex items-center gap-2">
          <input type="checkbox" name="announcement" value="on" />
          {t('announcement')}
        </label>
      )}
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
      {wholeError && <StatusMessage tone="error">{wholeError}</StatusMessage>}
      {state.status === 'ok' && state.message && <StatusMessage tone="success">{t(`done.${state.message.key}`)}</StatusMessage>}
    </ClientForm>
  );
}
