import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { BulkEnrolForm } from '@/components/cohorts/bulk-enrol-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { requireCohort } from '@/lib/auth/guards';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('enrolment'))('title') };
}

export default async function BulkEnrolPage({ params }: Params) {
  const { id } = await params;
  const { cohort } = await requireCohort('manage', id, `/manage/cohorts/${id}/enrol`);
  const t = await getTranslations('enrolment');
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/manage/cohorts/${cohort.id}`} className="text-brand-700 underline">
          {t('backToCohort', { name: cohort.name })}
        </Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p>{t('intro', { name: cohort.name, programme: cohort.programmeTitle })}</p>
        <p>{t('columns')}</p>
        <p>{t('languageColumn')}</p>
        <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-sm" dir="ltr">
          {'name,email,country,ministry,job_title\n"Karimi, Nasrin",nasrin.karimi@example.org,Afghanistan,Ministry of Communications and IT,CIO'}
        </pre>
      </div>
      <ClientMessages namespaces={['cohorts', 'cohortErrors', 'enrolment']}>
        <BulkEnrolForm cohortId={cohort.id} />
      </ClientMessages>
    </div>
  );
}
