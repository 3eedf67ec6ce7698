import { getTranslations } from 'next-intl/server';
import type { ChosenLevels, RubricCriterion } from '@/lib/domain/assignments/rubric';

/**
 * The rubric as a table: one row per criterion, one cell per level with its
 * points and descriptor. With `chosen`, the chosen level of each row is marked.
 */
export async function RubricTable({ rubric, chosen }: { rubric: readonly RubricCriterion[]; chosen?: ChosenLevels | null }) {
  const t = await getTranslations('assignments');
  return (
    // A wide rubric scrolls; the region is focusable so keyboard users can scroll it too.
    <div className="overflow-x-auto" role="region" aria-label={t('rubricCaption')} tabIndex={0}>
      <table className="min-w-full border-collapse text-start text-sm">
        <caption className="mb-2 text-start text-slate-700">{t('rubricCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-slate-300 p-2 text-start">
              {t('criterion')}
            </th>
            <th scope="col" colSpan={Math.max(1, ...rubric.map((criterion) => criterion.levels.length))} className="border border-slate-300 p-2 text-start">
              {t('levels')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rubric.map((criterion) => (
            <tr key={criterion.key}>
              <th scope="row" className="border border-slate-300 p-2 text-start align-top" dir="auto">
                {criterion.title}
              </th>
              {criterion.levels.map((level, index) => {
                const picked = chosen?.[criterion.key] === index;
                return (
                  <td key={level.title} className={`border border-slate-300 p-2 align-top ${picked ? 'bg-slate-100 font-medium' : ''}`} aria-current={picked ? 'true' : undefined}>
                    <p dir="auto" className="font-semibold">
                      {t('levelPoints', { title: level.title, points: level.points })}
                    </p>
                    <p dir="auto">{level.descriptor}</p>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
