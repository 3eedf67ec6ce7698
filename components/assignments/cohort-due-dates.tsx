import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import type { CohortAssignment } from '@/db/queries/cohort-assignments';
import { DueDateForm } from './due-date-form';

/** The wall-clock "YYYY-MM-DDTHH:mm" of an instant in a time zone, as a datetime-local field shows it. */
function localInput(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The cohort page's section setting each assignment's due date, in the cohort's time zone. */
export async function CohortDueDates({ cohortId, timeZone, assignments }: { cohortId: number; timeZone: string; assignments: readonly CohortAssignment[] }) {
  const t = await getTranslations('assignmentDueDates');
  return (
    <section aria-labelledby="due-dates" className="space-y-3">
      <h2 id="due-dates" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p>{t('intro', { zone: timeZone })}</p>
      {assignments.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ClientMessages namespaces={['assignmentDueDates']}>
          {assignments.map((assignment) => (
            <DueDateForm
              key={`${assignment.moduleId}:${assignment.key}`}
              cohortId={cohortId}
              moduleId={assignment.moduleId}
              assignmentKey={assignment.key}
              label={t('assignment', { module: assignment.moduleTitle, title: assignment.title })}
              dueLocal={assignment.dueAt ? localInput(assignment.dueAt, timeZone) : ''}
              zone={timeZone}
            />
          ))}
        </ClientMessages>
      )}
    </section>
  );
}
