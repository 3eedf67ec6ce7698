import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { NotificationSettings } from '@/components/notifications/notification-settings';
import { ChangePasswordForm } from '@/components/profile/change-password-form';
import { ProfileForm } from '@/components/profile/profile-form';
import { deliveryChoicesOf } from '@/db/queries/notification-recipients';
import { getProfile } from '@/db/queries/profile';
import { requirePermission } from '@/lib/auth/guards';
import { deliveriesFor } from '@/lib/domain/notification-kinds';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('profile'))('title') };
}

export default async function ProfilePage() {
  const user = await requirePermission('profile:edit', '/profile');
  const profile = getProfile(user.id);
  if (!profile) notFound();
  const t = await getTranslations('profile');
  const { email, ...editable } = profile;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro', { email })}</p>
      <ClientMessages namespaces={['profile']}>
        <ProfileForm profile={editable} />
      </ClientMessages>
      <ClientMessages namespaces={['profile']}>
        <ChangePasswordForm email={email} />
      </ClientMessages>
      <NotificationSettings current={deliveriesFor(deliveryChoicesOf(user.id))} />
    </div>
  );
}
