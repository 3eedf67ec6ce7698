import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { cardClass } from '@/components/ui/card';
import { currentUser } from '@/lib/auth/dal';
import { safeReturnPath } from '@/lib/safe-redirect';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  // Judged once here: anything but a same-origin path (control characters included) becomes the default page.
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(returnTo);
  const t = await getTranslations('signIn');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <LanguageSwitcher />
      <div className={cardClass({ padding: 'lg' })}>
        <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
        <p className="mb-6 text-slate-700">{t('intro')}</p>
        <ClientMessages namespaces={['signIn']}>
          <SignInForm callbackUrl={returnTo} />
        </ClientMessages>
      </div>
    </div>
  );
}
