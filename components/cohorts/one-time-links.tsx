'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { TextInput } from '@/components/ui/controls';
import type { OneTimeLink } from '@/lib/one-time-links';
import { formatCommitment } from '@/lib/i18n/format';

/**
 * Set-password links of new accounts, shown once: they are not stored, so
 * the manager copies each now and sends it to its owner.
 */
export function OneTimeLinks({ links, level = 3 }: { links: readonly OneTimeLink[]; level?: 2 | 3 }) {
  const t = useTranslations('cohorts');
  const locale = useLocale();
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded border border-amber-300 bg-amber-50 p-4">
      <Heading id={`${id}-title`} className="font-semibold">
        {t('linksTitle', { count: links.length })}
      </Heading>
      <p>{t('linksIntro')}</p>
      <ul className="space-y-3">
        {links.map((link) => (
          <li key={link.url}>
            <label htmlFor={`${id}-link-${link.email}`} className="block font-medium">
              {t('linkLabel', { name: link.name, email: link.email })}
            </label>
            <TextInput
              id={`${id}-link-${link.email}`}
              readOnly
              value={link.url}
              onFocus={(event) => event.currentTarget.select()}
              aria-describedby={`${id}-expiry-${link.email}`}
              className="font-mono text-sm"
            />
            <p id={`${id}-expiry-${link.email}`} className="text-sm text-slate-700">
              {t('linkExpires', { date: formatCommitment(locale, new Date(link.expiresAt), { dateStyle: 'long', withTime: true }) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
