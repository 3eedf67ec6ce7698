'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { cardClass } from '@/components/ui/card';
import { TextAreaField } from './fields';

interface Props {
  value: string;
  onChange: (value: string) => void;
  initialHtml: string;
  error?: string;
}

const DEBOUNCE_MS = 400;

/**
 * The lesson body in Markdown with a live preview beside it. The preview is
 * rendered on the server by the same renderer publishing uses (debounced while
 * typing), so what the author sees is exactly what trainees will see.
 */
export function MarkdownField({ value, onChange, initialHtml, error }: Props) {
  const t = useTranslations('authoring');
  const [html, setHtml] = useState(initialHtml);
  const [previewState, setPreviewState] = useState<'current' | 'updating' | 'failed' | 'too-deep'>('current');
  const [tooDeepLine, setTooDeepLine] = useState(0);
  const rendered = useRef(value);

  useEffect(() => {
    if (rendered.current === value) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setPreviewState('updating');
      try {
        const response = await fetch('/api/author/markdown', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ markdown: value }),
          signal: controller.signal,
        });
        if (response.status === 400) {
          const refusal = (await response.json()) as { error?: string; line?: number };
          if (refusal.error === 'invalid:markdown-too-deep') {
            setTooDeepLine(refusal.line ?? 0);
            setPreviewState('too-deep');
            return;
          }
        }
        if (!response.ok) throw new Error(`preview ${response.status}`);
        setHtml(((await response.json()) as { html: string }).html);
        rendered.current = value;
        setPreviewState('current');
      } catch (failure) {
        if (controller.signal.aborted) return;
        console.warn('Lesson preview not updated', failure);
        setPreviewState('failed');
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextAreaField
        id="lesson-body"
        name="body"
        label={t('lesson.body')}
        hint={t('lesson.bodyHint')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
        rows={24}
        // The body may be English or a Dari/Pashto translation: the browser picks the direction from the text.
        dir="auto"
        className="font-mono text-sm"
      />
      <div className="min-w-0">
        <h2 id="lesson-preview-heading" className="font-medium">
          {t('lesson.preview')}
        </h2>
        <p className="text-sm text-slate-600">
          {previewState === 'too-deep'
            ? t('lesson.previewTooDeep', { line: tooDeepLine })
            : previewState === 'failed'
            ? t('lesson.previewFailed')
            : previewState === 'updating'
              ? t('lesson.previewUpdating')
              : t('lesson.previewHint')}
        </p>
        {/* Focusable, so keyboard users can scroll a long preview. */}
        <div
          tabIndex={0}
          aria-labelledby="lesson-preview-heading"
          role="region"
          dir="auto"
          className={cardClass({ padding: 'sm', className: 'prose-lesson mt-1 max-h-[36rem] overflow-auto' })}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </div>
    </div>
  );
}
