'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ClientForm } from '@/components/ui/client-form';
import { FileField } from '@/components/ui/file-field';
import { StatusMessage } from '@/components/ui/status-message';
import type { ContentError } from '@/lib/content/types';
import { MAX_PACKAGE_BYTES } from '@/lib/validation/packages';

type Outcome =
  | { status: 'idle' | 'sending' }
  | { status: 'imported'; moduleId: number; slug: string; result: 'created' | 'updated' | 'unchanged' }
  | { status: 'invalid'; errors: ContentError[] }
  | { status: 'refused'; message: string };

/** Uploads a module package to the import route (into the module's draft) and shows what happened, or every problem with its file and line. */
export function PackageImportForm() {
  const t = useTranslations('modulePackages');
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) return setOutcome({ status: 'refused', message: t('errors.choose') });
    if (file.size > MAX_PACKAGE_BYTES)
      return setOutcome({ status: 'refused', message: t('errors.tooLarge', { size: Math.ceil(file.size / 1024 / 1024) }) });
    setOutcome({ status: 'sending' });
    try {
      const response = await fetch('/api/author/packages', { method: 'POST', body: data });
      const body = await response.json();
      if (response.ok) setOutcome({ status: 'imported', moduleId: body.moduleId, slug: body.slug, result: body.status });
      else if (Array.isArray(body.errors)) setOutcome({ status: 'invalid', errors: body.errors });
      else setOutcome({ status: 'refused', message: t.has(`errors.${body.error}`) ? t(`errors.${body.error}`) : t('errors.failed') });
    } catch {
      setOutcome({ status: 'refused', message: t('errors.failed') });
    }
  };

  const fileError = outcome.status === 'refused' ? outcome.message : undefined;
  return (
    <ClientForm onSubmit={submit} noValidate className="space-y-4">
      <FileField id="package-file" name="file" accept=".zip,application/zip" label={t('file')} hint={t('fileHint')} error={fileError} />
      <Button type="submit" disabled={outcome.status === 'sending'}>
        {t('import')}
      </Button>
      {outcome.status === 'sending' && <p role="status">{t('sending')}</p>}
      {outcome.status === 'imported' && (
        <div className="space-y-2">
          <StatusMessage tone="success">{t(`imported.${outcome.result}`, { slug: outcome.slug })}</StatusMessage>
          {/* An import only changes the draft; publishing stays a deliberate step on the publish page. */}
          <Link href={`/author/modules/${outcome.moduleId}/publish`} className="text-brand-700 underline">
            {t('publishLink', { slug: outcome.slug })}
          </Link>
        </div>
      )}
      {outcome.status === 'invalid' && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{t('invalid', { count: outcome.errors.length })}</p>
          <ul className="mt-1 list-disc ps-6">
            {outcome.errors.map((error, index) => (
              <li key={index}>
                <code>{error.line === null ? error.file : `${error.file}:${error.line}`}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </ClientForm>
  );
}
