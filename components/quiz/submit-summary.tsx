'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import type { SubmitSummary } from '@/lib/domain/submit-summary';

interface Props {
  summary: SubmitSummary;
  submitting: boolean;
  onConfirm: () => void;
  onBack: () => void;
}

/** The id of a question's block on the attempt page, for the summary's links back. */
export const questionAnchor = (key: string) => `question-${key}`;

/**
 * Shown before an attempt is submitted: every question, answered or not,
 * each with a link back to it, a warning when some are unanswered, and the
 * button that really submits. Focus moves to its heading when it opens, so
 * a screen reader announces it.
 */
export function SubmitSummaryPanel({ summary, submitting, onConfirm, onBack }: Props) {
  const t = useTranslations('quiz');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="submit-summary-heading" className="space-y-4 rounded border border-slate-300 bg-white p-4">
      <h2 id="submit-summary-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {t('summary.heading')}
      </h2>
      {summary.unanswered > 0 ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t('summary.warning', { count: summary.unanswered })}
        </p>
      ) : (
        <p>{t('summary.allAnswered')}</p>
      )}
      <ul className="space-y-1">
        {summary.items.map((item) => (
          <li key={item.key}>
            <a href={`#${questionAnchor(item.key)}`} className="text-brand-700 underline">
              {t('summary.question', { n: item.number })}
            </a>{' '}
            — {item.answered ? t('summary.answered') : <strong>{t('summary.notAnswered')}</strong>}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={onConfirm} disabled={submitting}>
          {submitting ? t('submitting') : t('summary.confirm')}
        </Button>
        <Button type="button" variant="secondary" onClick={onBack} disabled={submitting}>
          {t('summary.back')}
        </Button>
      </div>
    </section>
  );
}
