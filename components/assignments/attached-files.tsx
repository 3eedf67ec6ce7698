'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionMessage } from '@/lib/actions/action-state';

/** A file attached to a draft, as the server lists it. */
export interface WorkFile {
  name: string;
  path: string;
  size: number;
}

type UploadOutcome = { files: WorkFile[]; savedAt: string } | { error: ActionMessage };

const reasons: Record<string, string> = {
  'conflict:closed': 'closed',
  'conflict:awaiting-grade': 'awaiting-grade',
  'conflict:accepted': 'accepted',
  'invalid:too-many-files': 'too-many-files',
};

/**
 * Sends one file to the draft; a refusal comes back as a catalogue key under
 * `assignments.errors`. A file over the limit is refused here before any byte
 * is sent (the server checks again).
 */
export async function uploadSubmissionFile(moduleSlug: string, assignmentKey: string, file: File, limitMb: number): Promise<UploadOutcome> {
  if (file.size > limitMb * 1024 * 1024) return { error: { key: 'upload.too-large', values: { name: file.name, limitMb } } };
  if (file.size === 0) return { error: { key: 'upload.empty', values: { name: file.name } } };
  const url = `/api/modules/${encodeURIComponent(moduleSlug)}/assignments/${encodeURIComponent(assignmentKey)}/files?name=${encodeURIComponent(file.name)}`;
  try {
    const response = await fetch(url, { method: 'PUT', body: file, headers: { 'content-type': 'application/octet-stream' } });
    const body = (await response.json().catch(() => ({}))) as { error?: string; values?: Record<string, string | number>; files?: WorkFile[]; savedAt?: string };
    if (response.ok && body.files && body.savedAt) return { files: body.files, savedAt: body.savedAt };
    const code = body.error ?? '';
    if (code.startsWith('upload:')) return { error: { key: `upload.${code.slice(7)}`, values: { name: file.name, ...body.values } } };
    return { error: { key: reasons[code] ?? 'upload.failed', values: { name: file.name } } };
  } catch {
    return { error: { key: 'upload.failed', values: { name: file.name } } };
  }
}

interface AttachedFilesProps {
  files: WorkFile[];
  asksFiles: boolean;
  limitMb: number;
  maxFiles: number;
  onUpload: (file: File) => Promise<void>;
  onRemove: (path: string) => void;
}

/** The draft's files with a remove button each, and a file picker that attaches at once. */
export function AttachedFiles({ files, asksFiles, limitMb, maxFiles, onUpload, onRemove }: AttachedFilesProps) {
  const t = useTranslations('assignments');
  const [uploading, setUploading] = useState<string | null>(null);
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{t('files')}</legend>
      {files.length === 0 ? (
        <p>{t('noFiles')}</p>
      ) : (
        <ul className="space-y-1">
          {files.map((file) => (
            <li key={file.path} className="flex flex-wrap items-center gap-3">
              <bdi>{file.name}</bdi>
              <Button variant="secondary" size="sm" onClick={() => onRemove(file.path)}>
                {t('remove', { name: file.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {asksFiles || files.length > 0 ? (
        <div>
          <label htmlFor="assignment-file" className="block">
            {t('attach')}
          </label>
          <p id="assignment-file-hint" className="text-sm text-slate-700">
            {t('filesHint', { limitMb, max: maxFiles })}
          </p>
          <input
            id="assignment-file"
            type="file"
            aria-describedby="assignment-file-hint"
            accept=".pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg,.csv,.txt"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              const input = event.target;
              if (!file) return;
              setUploading(file.name);
              await onUpload(file);
              setUploading(null);
              input.value = '';
            }}
          />
          {uploading && <p role="status">{t('uploading', { name: uploading })}</p>}
        </div>
      ) : null}
    </fieldset>
  );
}
