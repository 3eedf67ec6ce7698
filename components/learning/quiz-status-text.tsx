import { getTranslations } from 'next-intl/server';
import type { QuizStatus } from '@/lib/domain/module-status';

/** The quiz status in words: not started, in progress, awaiting grading, passed with score, failed with attempts left. */
export async function QuizStatusText({ status }: { status: QuizStatus }) {
  const t = await getTranslations('module');
  const tStatus = await getTranslations('learningStatus');
  switch (status.kind) {
    case 'none':
      return null;
    case 'not-started':
      return <>{t('quizNotStarted')}</>;
    case 'in-progress':
      return <>{t('quizInProgress')}</>;
    case 'awaiting-grading':
      return <>{tStatus('quizAwaitingGrading')}</>;
    case 'passed':
      return <>{t('quizPassed', { percent: status.percent })}</>;
    case 'failed':
      return status.attemptsLeft === null ? (
        <>{t('quizFailedUnlimited', { percent: status.percent })}</>
      ) : (
        <>{t('quizFailed', { percent: status.percent, left: status.attemptsLeft })}</>
      );
  }
}
