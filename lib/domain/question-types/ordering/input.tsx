'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { TypeFieldProps, TypeInput } from '../input-props';

/** Puts items in sequence with Move up / Move down buttons: keyboard- and screen-reader-friendly. */
function OrderingField({ question, response, onChange }: TypeFieldProps) {
  const t = useTranslations('quiz');
  const format = useFormatter();
  const byKey = new Map(question.options.map((item) => [item.key, item]));
  const order = response && 'order' in response ? response.order : question.options.map((o) => o.key);
  const sequence = order.filter((key) => byKey.has(key));

  function move(index: number, by: -1 | 1) {
    const next = [...sequence];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    onChange({ type: 'ordering', order: next });
  }

  return (
    <ol className="space-y-1">
      {sequence.map((key, index) => {
        const text = byKey.get(key)?.text ?? '';
        return (
          <li key={key} className="flex flex-wrap items-center gap-2 rounded border border-slate-200 bg-slate-50 p-2">
            <span className="w-6 text-slate-600">{format.number(index + 1)}.</span>
            <span className="flex-1">{text}</span>
            <button
              type="button"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={`${t('moveUp')}: ${text}`}
              className="rounded border border-slate-400 px-2 py-0.5 disabled:opacity-40"
            >
              {t('moveUp')}
            </button>
            <button
              type="button"
              disabled={index === sequence.length - 1}
              onClick={() => move(index, 1)}
              aria-label={`${t('moveDown')}: ${text}`}
              className="rounded border border-slate-400 px-2 py-0.5 disabled:opacity-40"
            >
              {t('moveDown')}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * An ordering in an open attempt. Left untouched, it is answered in the order
 * shown: the trainee sees a sequence either way, so submitting keeps it.
 */
export const orderingInput: TypeInput = {
  Field: OrderingField,
  defaultResponse: (question) => ({ type: 'ordering', order: question.options.map((o) => o.key) }),
};
