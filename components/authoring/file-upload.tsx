'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FileField } from '@/components/ui/file-field';
import { StatusMessage } from '@/components/ui/status-message';
import { checkUploadStart, extensionsByKind, type UploadKind, type UploadLimits } from '@/lib/domain/upload-rules';

/** What the upload route answers for a stored file. */
export interface UploadedFile {
  path: string;
  size: number;
  mimeType: string;
  title: string;
}

interface Props {
  id: string;
  label: string;
  kind: UploadKind;
  lessonId: number;
  limits: UploadLimits;
  onUploaded: (file: UploadedFile) => void;
}

type Outcome = { tone: 'success' | 'error' | 'busy'; text: string } | null;

/**
 * A file input that uploads as soon as a file is chosen. Size and type are
 * checked here first (same rules as the server, so a 600 MB video is not sent
 * just to be refused); the server checks again, including the content.
 */
export function FileUpload({ id, label, kind, lessonId, limits, onUploaded }: Props) {
  const t = useTranslations('authoring');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const accept = extensionsByKind[kind].map((extension) => `.${extension}`).join(',');

  function refusal(code: string, values: Record<string, string | number> = {}): string {
    const detected = typeof values.detected === 'string' ? t(`fileTypes.${values.detected}`) : '';
    return t(`uploadErrors.${code}`, { ...values, detected });
  }

  async function upload(file: File) {
    const early = checkUploadStart(kind, file.name, file.size, limits);
    if (early) return setOutcome({ tone: 'error', text: refusal(early.code, early.values) });
    setOutcome({ tone: 'busy', text: t('upload.busy', { name: file.name }) });
    const query = new URLSearchParams({ kind, name: file.name });
    const response = await fetch(`/api/author/lessons/${lessonId}/uploads?${query}`, { method: 'PUT', body: file }).catch(() => null);
    if (!response) return setOutcome({ tone: 'error', text: t('uploadErrors.network', { name: file.name }) });
    const body = (await response.json().catch(() => ({}))) as Partial<UploadedFile> & {
      error?: string;
      values?: Record<string, string | number>;
    };
    if (response.ok && body.path) {
      onUploaded(body as UploadedFile);
      return setOutcome({ tone: 'success', text: t('upload.done', { name: file.name }) });
    }
    const code = body.error?.startsWith('upload:') ? body.error.slice('upload:'.length) : 'failed';
    setOutcome({ tone: 'error', text: refusal(code, { name: file.name, ...body.values }) });
  }

  return (
    <div>
      <FileField
        id={id}
        label={label}
        hint={t(`upload.hint.${kind}`, { limitMb: Math.round(limits[kind] / 1024 / 1024) })}
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
      {outcome?.tone === 'busy' ? (
        <p role="status" className="mt-1 text-sm">
          {outcome.text}
        </p>
      ) : (
        outcome && (
          <div className="mt-1">
            <StatusMessage tone={outcome.tone}>{outcome.text}</StatusMessage>
          </div>
        )
      )}
    </div>
  );
}
