import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { LinkButton } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { currentUser } from '@/lib/auth/dal';

export default async function HomePage() {
  const t = await getTranslations('home');
  const user = await currentUser();
  const audiences = [
    ['forTrainees', 'forTraineesText'],
    ['forInstructors', 'forInstructorsText'],
    ['forManagers', 'forManagersText'],
  ] as const;
  return (
    <div className="space-y-8">
      {!user && <LanguageSwitcher />}
      <section className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
        <p className="max-w-3xl text-lg leading-8">{t('intro')}</p>
        <p className="text-slate-700">{t('lowBandwidth')}</p>
        <LinkButton
          href={user ? '/home' : '/sign-in'}
        >
          {user ? t('continueCta') : t('signInCta')}
        </LinkButton>
      </section>
      <section className="grid gap-4 md:grid-cols-3">
        {audiences.map(([title, text]) => (
          <div key={title} className={cardClass()}>
            <h2 className="mb-2 text-lg font-semibold">{t(title)}</h2>
            <p className="text-slate-700">{t(text)}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
