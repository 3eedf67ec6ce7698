import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { findCertificate } from '@/db/queries/certificates';
import { normaliseCertificateCode } from '@/lib/domain/certificate-code';
import { formatCommitment } from '@/lib/i18n/format';
import { decodedParam } from '@/lib/security/percent-encoding';

type Params = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('verify'))('title'), robots: { index: false } };
}

/** Public check of a certificate: only the name, the programme and the date. */
export default async function VerifyPage({ params }: Params) {
  const code = normaliseCertificateCode(decodedParam((await params).code) ?? '');
  const certificate = code ? findCertificate(code) : null;
  // An unknown code answers 404 with its own message (./not-found.tsx).
  if (!certificate) notFound();
  const t = await getTranslations('verify');
  const locale = await getLocale();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="valid" className="space-y-3 rounded border border-green-300 bg-green-50 p-4">
        <h2 id="valid" className="text-lg font-semibold text-green-900">{t('valid')}</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
          <dt className="font-medium">{t('holder')}</dt>
          <dd dir="auto">{certificate.holderName}</dd>
          <dt className="font-medium">{t('programme')}</dt>
          <dd dir="auto">{certificate.programmeTitle}</dd>
          <dt className="font-medium">{t('issued')}</dt>
          <dd>{formatCommitment(locale, certificate.issuedAt, { dateStyle: 'long' })}</dd>
          <dt className="font-medium">{t('code')}</dt>
          <dd dir="ltr" className="font-mono">{certificate.code}</dd>
        </dl>
      </section>
    </div>
  );
}
