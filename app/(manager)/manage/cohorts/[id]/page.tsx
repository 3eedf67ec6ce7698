import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CohortDueDates } from '@/components/assignments/cohort-due-dates';
import { AddInstructorForm } from '@/components/cohorts/add-instructor-form';
import { AddTraineeForm } from '@/components/cohorts/add-trainee-form';
import { EventsTable } from '@/components/cohorts/events-table';
import { MembersTable } from '@/components/cohorts/members-table';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Section } from '@/components/ui/section';
import { cohortAssignments } from '@/db/queries/cohort-assignments';
import { listAssignableInstructors, listCohortMembers } from '@/db/queries/cohort-members';
import { listCohortEvents } from '@/db/queries/events';
import { requireCohort } from '@/lib/auth/guards';
import { accountStatusFor } from '@/lib/domain/account-links';
import { formatDay } from '@/lib/i18n/format';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cohorts'))('cohortTitle') };
}

const linkClass = 'text-brand-700 underline';

export default async function CohortPage({ params }: Params) {
  const { id } = await params;
  const { user, cohort } = await requireCohort('manage', id, `/manage/cohorts/${id}`);
  const t = await getTranslations('cohorts');
  const tDiscussions = await getTranslations('discussions');
  const locale = await getLocale();
  const viewer = { id: user.id, role: user.role, cohort: { id: cohort.id, managed: true } };
  // Whether someone else's trainee has set a password is not this manager's to know.
  const members = listCohortMembers(cohort.id).map(({ createdById, createdInCohortId, ...member }) => ({
    ...member,
    awaitingPassword: accountStatusFor(viewer, { ...member, createdById, createdInCohortId }),
  }));
  const trainees = members.filter((m) => m.role === 'trainee').length;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/manage" className={linkClass}>{t('backToCohorts')}</Link>
      </p>
      <div className="space-y-2">
        <h1 dir="auto" className="text-2xl font-bold">{cohort.name}</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t('programme')}</dt>
          <dd>{cohort.programmeTitle}</dd>
          <dt className="font-medium">{t('dates')}</dt>
          <dd>{t('dateRange', { start: formatDay(locale, cohort.startsOn), end: formatDay(locale, cohort.endsOn) })}</dd>
          <dt className="font-medium">{t('targetOn')}</dt>
          <dd>{formatDay(locale, cohort.targetOn)}</dd>
          <dt className="font-medium">{t('timeZone')}</dt>
          <dd>{cohort.timeZone}</dd>
          <dt className="font-medium">{t('traineeCount')}</dt>
          <dd>{trainees}</dd>
        </dl>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li><Link href={`/manage/cohorts/${cohort.id}/dashboard`} className={linkClass}>{t('dashboardLink')}</Link></li>
          <li><Link href={`/manage/cohorts/${cohort.id}/enrol`} className={linkClass}>{t('bulkEnrolLink')}</Link></li>
          <li><Link href={`/manage/cohorts/${cohort.id}/events/new`} className={linkClass}>{t('scheduleLink')}</Link></li>
          <li><a href={`/api/cohorts/${cohort.id}/calendar.ics`} className={linkClass}>{t('calendarLink')}</a></li>
          <li><Link href={`/discussions/cohorts/${cohort.id}`} className={linkClass}>{tDiscussions('forumTitle')}</Link></li>
          <li><Link href={`/discussions/cohorts/${cohort.id}/moderation`} className={linkClass}>{tDiscussions('moderationLink')}</Link></li>
        </ul>
      </div>
      <Section id="events" title={t('eventsTitle')}>
        <EventsTable cohortId={cohort.id} timeZone={cohort.timeZone} events={listCohortEvents(cohort.id)} />
      </Section>
      <CohortDueDates cohortId={cohort.id} timeZone={cohort.timeZone} assignments={cohortAssignments(cohort.id)} />
      <Section id="add-trainee" title={t('addTraineeTitle')} card>
        <ClientMessages namespaces={['cohorts', 'cohortErrors']}>
          <AddTraineeForm cohortId={cohort.id} />
        </ClientMessages>
      </Section>
      <Section id="add-instructor" title={t('addInstructorTitle')} card>
        <ClientMessages namespaces={['cohorts', 'cohortErrors']}>
          <AddInstructorForm cohortId={cohort.id} instructors={listAssignableInstructors(cohort.id)} />
        </ClientMessages>
      </Section>
      <Section id="members" title={t('membersTitle')}>
        <ClientMessages namespaces={['cohorts', 'cohortErrors']}>
          <MembersTable cohortId={cohort.id} members={members} />
        </ClientMessages>
      </Section>
    </div>
  );
}
