import { getTranslations } from 'next-intl/server';

export default async function CertificateNotFound() {
  const t = await getTranslations('verify');
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="not-found" className="rounded border border-red-300 bg-red-50 p-4">
        <h2 id="not-found" className="text-lg font-semibold text-red-900">{t('notFound')}</h2>
        <p>{t('notFoundText')}</p>
      </section>
    </div>
  );
}
