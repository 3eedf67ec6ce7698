import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listCatalogue, listEnrolledModules } from '@/db/queries/catalogue';
import { requirePermission } from '@/lib/auth/dal';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('learn'))('title') };
}

export default async function MyLearningPage() {
  const user = await requirePermission('learning:view', '/learn');
  const t = await getTranslations('learn');
  const enrolled = listEnrolledModules(user.id);
  const catalogue = listCatalogue(user.id);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      <section aria-labelledby="enrolled">
        <h2 id="enrolled" className="mb-2 text-lg font-semibold">
          {t('enrolled')}
        </h2>
        {enrolled.length === 0 ? (
          <p>{t('noEnrolments')}</p>
        ) : (
          <ul className="space-y-3">
            {enrolled.map((m) => (
              <li key={m.id} className="rounded border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">{m.title}</h3>
                <p className="text-slate-700">{m.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="catalogue">
        <h2 id="catalogue" className="mb-2 text-lg font-semibold">
          {t('catalogue')}
        </h2>
        {catalogue.length === 0 ? (
          <p>{t('catalogueEmpty')}</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {catalogue.map((m) => (
              <li key={m.id} className="rounded border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">{m.title}</h3>
                <p className="text-slate-700">{m.summary}</p>
                <p className="text-sm text-slate-600">{t('lessonsCount', { count: m.lessonCount })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
