import { getTranslations } from 'next-intl/server';
import { notificationDeliveries, notificationKinds, type NotificationDelivery, type NotificationKind } from '@/lib/domain/notification-kinds';
import { PreferencesForm } from './preferences-form';

/** The profile's notification settings: the user's current delivery per kind, and the form to change them. */
export async function NotificationSettings({ current }: { current: Record<NotificationKind, NotificationDelivery> }) {
  const t = await getTranslations('notifications');
  const labels = {
    title: t('preferences.title'),
    intro: t('preferences.intro'),
    kinds: Object.fromEntries(notificationKinds.map((kind) => [kind, t(`kindNames.${kind}`)])) as Record<NotificationKind, string>,
    deliveries: Object.fromEntries(notificationDeliveries.map((d) => [d, t(`preferences.deliveries.${d}`)])) as Record<NotificationDelivery, string>,
    save: t('preferences.save'),
    saving: t('preferences.saving'),
    saved: t('preferences.saved'),
    invalid: t('preferences.invalid'),
  };
  return <PreferencesForm current={current} labels={labels} />;
}
