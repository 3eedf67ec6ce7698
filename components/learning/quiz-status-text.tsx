import { getTranslations } from 'next-intl/server';
import type { QuizStatus } from '@/lib/domain/module-status';

/** The quiz status in words: not started, in progress, passed with score, failed with attempts left. */
export async function QuizStatusText({ status }: { status: QuizStatus }) {
  const t = await getTranslations('module');
  switch (status.kind) {
    case 'none':
      return null;
    case 'not-started':
      return <>{t('quizNotStarted')}</>;
    case 'in-progress':
      return <>{t('quizInProgress')}</>;
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
