import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import type { CsvLabels } from './cohort-csv';

/**
 * The export's column names and values in the exporting user's language
 * (the file keeps its UTF-8 BOM, so spreadsheets read Dari and Pashto right).
 */
export async function csvLabels(locale: Locale): Promise<CsvLabels> {
  const t = await getTranslations({ locale, namespace: 'dashboard' });
  const ta = await getTranslations({ locale, namespace: 'assignments' });
  return {
    columns: {
      name: t('csv.name'),
      email: t('csv.email'),
      country: t('csv.country'),
      status: t('csv.status'),
      reasons: t('csv.reasons'),
      completion: t('csv.completion'),
      modulesComplete: t('csv.modulesComplete'),
      lastActivity: t('csv.lastActivity'),
    },
    moduleState: (title) => t('csv.moduleState', { title }),
    moduleScore: (title) => t('csv.moduleScore', { title }),
    status: { complete: t('status.complete'), 'on-track': t('status.on-track'), 'at-risk': t('status.at-risk'), 'not-started': t('status.not-started') },
    reason: { inactive: t('reason.inactive'), 'behind-pace': t('reason.behind-pace') },
    cell: { complete: t('cell.complete'), 'in-progress': t('cell.in-progress'), 'not-started': t('cell.not-started') },
    assignment: {
      column: (module, title) => ta('csvColumn', { module, title }),
      status: {
        'not-started': ta('status.not-started'),
        draft: ta('status.draft'),
        submitted: ta('status.submitted'),
        'revision-requested': ta('status.revision-requested'),
        accepted: ta('status.accepted'),
      },
    },
  };
}
