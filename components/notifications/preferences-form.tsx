'use client';

import { savePreferencesAction } from '@/app/(account)/notifications/actions';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { StatusMessage } from '@/components/ui/status-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { notificationDeliveries, notificationKinds, type NotificationDelivery, type NotificationKind } from '@/lib/domain/notification-kinds';

export interface PreferencesLabels {
  title: string;
  intro: string;
  kinds: Record<NotificationKind, string>;
  deliveries: Record<NotificationDelivery, string>;
  save: string;
  saving: string;
  saved: string;
  invalid: string;
}

/**
 * One radio group per kind of notification: in the app only, email at once,
 * or the daily digest. The form is not reset after saving (useFormAction), so
 * the choices stay as they were chosen. Labels come translated from the
 * profile page.
 */
export function PreferencesForm({ current, labels }: { current: Record<NotificationKind, NotificationDelivery>; labels: PreferencesLabels }) {
  const [state, onSubmit, pending] = useFormAction(savePreferencesAction);
  return (
    <ClientForm onSubmit={onSubmit} className="max-w-xl space-y-4" aria-labelledby="notification-settings">
      <h2 id="notification-settings" className="text-xl font-bold">
        {labels.title}
      </h2>
      <p className="text-slate-700">{labels.intro}</p>
      {notificationKinds.map((kind) => (
        <fieldset key={kind} className="space-y-1">
          <legend className="font-medium">{labels.kinds[kind]}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {notificationDeliveries.map((delivery) => (
              <label key={delivery} className="inline-flex items-center gap-2">
                <input type="radio" name={kind} value={delivery} defaultChecked={current[kind] === delivery} />
                {labels.deliveries[delivery]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" disabled={pending}>
        {pending ? labels.saving : labels.save}
      </Button>
      {state.status === 'ok' && <StatusMessage tone="success">{labels.saved}</StatusMessage>}
      {(state.status === 'error' || state.status === 'invalid') && <StatusMessage tone="error">{labels.invalid}</StatusMessage>}
    </ClientForm>
  );
}
