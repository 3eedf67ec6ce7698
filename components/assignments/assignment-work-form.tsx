'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { saveAssignmentDraftAction, submitAssignmentAction } from '@/app/(trainee)/modules/[slug]/assignments/[key]/actions';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/controls';
import { StatusMessage } from '@/components/ui/status-message';
import { idle, type ActionMessage } from '@/lib/actions/action-state';
import { AttachedFiles, uploadSubmissionFile, type WorkFile } from './attached-files';

interface AssignmentWorkFormProps {
  moduleSlug: string;
  assignmentKey: string;
  asksText: boolean;
  asksFiles: boolean;
  initialText: string;
  initialFiles: WorkFile[];
  /** When the working draft was last saved (ISO), or null for none yet. */
  savedAt: string | null;
  limitMb: number;
  maxFiles: number;
}

type Saving = { state: 'idle' | 'saving' } | { state: 'saved'; at: string };

const AUTO_SAVE_MS = 800;

/**
 * The trainee's draft: text saved automatically a moment after typing stops
 * (with a visible "Saved at …" status), files attached and removed at once,
 * and the submit button, which saves what is typed first.
 */
export function AssignmentWorkForm(props: AssignmentWorkFormProps) {
  const t = useTranslations('assignments');
  const format = useFormatter();
  const router = useRouter();
  const [text, setText] = useState(props.initialText);
  const [files, setFiles] = useState(props.initialFiles);
  const [saving, setSaving] = useState<Saving>(props.savedAt ? { state: 'saved', at: props.savedAt } : { state: 'idle' });
  const [notice, setNotice] = useState<ActionMessage | null>(null);
  const [error, setError] = useState<ActionMessage | null>(null);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef(props.initialText);

  const fields = (extra: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ module: props.moduleSlug, assignment: props.assignmentKey, text, remove: '', ...extra })) form.set(name, value);
    return form;
  };

  async function save(extra: Record<string, string> = {}): Promise<boolean> {
    setSaving({ state: 'saving' });
    const result = await saveAssignmentDraftAction(idle, fields(extra));
    if (result.status !== 'ok') {
      setSaving({ state: 'idle' });
      setError(result.status === 'error' ? result.message : { key: 'invalid' });
      return false;
    }
    lastSaved.current = extra.text ?? text;
    setFiles(result.data.files);
    setSaving({ state: 'saved', at: result.data.savedAt });
    setError(null);
    return true;
  }

  useEffect(() => {
    if (text === lastSaved.current) return;
    timer.current = setTimeout(() => void save(), AUTO_SAVE_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // Only typing schedules a save; `save` reads the latest text itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  function submit() {
    if (timer.current) clearTimeout(timer.current);
    startTransition(async () => {
      if (text !== lastSaved.current && !(await save())) return;
      const result = await submitAssignmentAction(idle, fields({}));
      if (result.status === 'ok') {
        setNotice(result.message ?? { key: 'submitted' });
        setError(null);
        router.refresh();
      } else setError(result.status === 'error' ? result.message : { key: 'invalid' });
    });
  }

  const errorText = error && (error.key.startsWith('upload.') ? t(`errors.${error.key}`, error.values) : t(`errors.${error.key}`, { max: error.key === 'too-many-files' ? props.maxFiles : 50000 }));
  return (
    <div className="space-y-4">
      {props.asksText && (
        <div>
          <label htmlFor="assignment-text" className="font-medium">
            {t('text')}
          </label>
          <p id="assignment-text-hint" className="text-sm text-slate-700">
            {t('textHint')}
          </p>
          <TextArea id="assignment-text" aria-describedby="assignment-text-hint" dir="auto" rows={12} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
      )}
      <p role="status" className="text-sm text-slate-700" data-testid="save-status">
        {saving.state === 'saving' ? t('saving') : saving.state === 'saved' ? t('saved', { time: format.dateTime(new Date(saving.at), { timeStyle: 'short' }) }) : t('notSaved')}
      </p>
      <AttachedFiles
        files={files}
        asksFiles={props.asksFiles}
        limitMb={props.limitMb}
        maxFiles={props.maxFiles}
        onUpload={async (file) => {
          const outcome = await uploadSubmissionFile(props.moduleSlug, props.assignmentKey, file, props.limitMb);
          if ('error' in outcome) setError(outcome.error);
          else {
            setFiles(outcome.files);
            setSaving({ state: 'saved', at: outcome.savedAt });
            setError(null);
            setNotice({ key: 'uploaded', values: { name: file.name } });
          }
        }}
        onRemove={(path) => startTransition(async () => void (await save({ remove: path })))}
      />
      <Button onClick={submit} disabled={pending}>
        {t('submit')}
      </Button>
      {notice && <StatusMessage tone="success">{t(notice.key, notice.values)}</StatusMessage>}
      {errorText && <StatusMessage tone="error">{errorText}</StatusMessage>}
    </div>
  );
}
