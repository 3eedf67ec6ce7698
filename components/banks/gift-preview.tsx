'use client';

import { useTranslations } from 'next-intl';
import { cardClass } from '@/components/ui/card';
import type { GiftError, GiftOption, ParsedQuestion } from '@/lib/domain/gift';
import { questionType } from '@/lib/domain/question-types/registry';

function Answer({ option, type }: { option: GiftOption; type: ParsedQuestion['type'] }) {
  const t = useTranslations('banks.import');
  const { listing } = questionType(type);
  const details = [
    listing.marksCorrect ? (option.correct ? t('right') : t('wrong')) : null,
    option.weight === null ? null : t('weight', { weight: option.weight }),
    option.feedback === '' ? null : t('feedback', { text: option.feedback }),
  ].filter((part): part is string => part !== null);
  return (
    <li>
      {listing.text(option)}
      {details.length > 0 && <span className="text-slate-600"> ({details.join('; ')})</span>}
    </li>
  );
}

/** Every question the GIFT text holds, as it will be imported, and every problem with its line. */
export function GiftPreview({ questions, errors, moreErrors }: { questions: ParsedQuestion[]; errors: GiftError[]; moreErrors: number }) {
  const t = useTranslations('banks.import');
  const tTypes = useTranslations('banks.types');
  return (
    <div className="space-y-6">
      <p role="status">{t('summary', { questions: questions.length, errors: errors.length + moreErrors })}</p>
      {errors.length > 0 && (
        <section aria-labelledby="gift-errors" className="rounded border border-red-300 bg-red-50 p-4">
          <h3 id="gift-errors" className="mb-2 font-semibold text-red-900">
            {t('errorsTitle')}
          </h3>
          <ul className="list-disc space-y-1 ps-6 text-red-900">
            {errors.map((error, index) => (
              <li key={index}>
                {error.title
                  ? t('errorLineTitled', { line: error.line, title: error.title, message: error.message })
                  : t('errorLine', { line: error.line, message: error.message })}
              </li>
            ))}
          </ul>
          {moreErrors > 0 && <p className="mt-2 text-red-900">{t('moreErrors', { count: moreErrors })}</p>}
        </section>
      )}
      {questions.length > 0 && (
        <section aria-labelledby="gift-questions">
          <h3 id="gift-questions" className="mb-2 font-semibold">
            {t('questionsTitle')}
          </h3>
          <ol className="space-y-3">
            {questions.map((question) => (
              <li key={question.line} className={cardClass({ padding: 'sm' })}>
                <p className="text-sm text-slate-600">
                  {[tTypes(question.type), question.title, t('line', { line: question.line })].filter(Boolean).join(' · ')}
                </p>
                <p className="font-medium whitespace-pre-line">{question.prompt}</p>
                <ul className="mt-1 list-disc ps-6">
                  {question.options.map((option, index) => (
                    <Answer key={index} option={option} type={question.type} />
                  ))}
                </ul>
                {question.explanation !== '' && <p className="mt-1 text-sm">{t('explanation', { text: question.explanation })}</p>}
                {question.category && <p className="mt-1 text-sm text-slate-600">{t('category', { category: question.category })}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
