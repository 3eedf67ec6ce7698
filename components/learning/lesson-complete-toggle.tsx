'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { WRITE_SETTLED_EVENT } from '@/lib/offline/routes';
import { queueProgress } from './queue-progress';

interface Props {
  moduleSlug: string;
  lessonKey: string;
  initialCompleted: string[];
}

async function fetchCompleted(moduleSlug: string): Promise<string[]> {
  const response = await fetch(`/api/progress?module=${encodeURIComponent(moduleSlug)}`);
  if (!response.ok) throw new Error(`progress ${response.status}`);
  return ((await response.json()) as { completed: string[] }).completed;
}

function withLesson(keys: string[], lessonKey: string, completed: boolean): string[] {
  const next = new Set(keys);
  if (completed) next.add(lessonKey);
  else next.delete(lessonKey);
  return [...next];
}

/**
 * Marks the lesson complete (or not), optimistically; the server's answer
 * settles the state. Offline, the change is kept on the device and sent when
 * the connection returns ("Saved on this device — will be sent"). Plain React
 * state rather than a query library: this is the lesson page's only client
 * state, and a library would be most of the page's own JavaScript.
 */
export function LessonCompleteToggle({ moduleSlug, lessonKey, initialCompleted }: Props) {
  const t = useTranslations('lesson');
  const [completedKeys, setCompletedKeys] = useState(initialCompleted);
  const [sync, setSync] = useState<'none' | 'queued' | 'sent'>('none');
  const [failed, setFailed] = useState(false);
  // Only the latest change or re-read may settle the state, so a slow older answer cannot undo a newer click.
  const latest = useRef(0);
  const completed = completedKeys.includes(lessonKey);

  useEffect(() => {
    // A change kept on the device has reached the server: show the server's state again.
    const settled = () => {
      setSync((state) => (state === 'queued' ? 'sent' : state));
      const ticket = ++latest.current;
      fetchCompleted(moduleSlug)
        .then((keys) => {
          if (ticket === latest.current) setCompletedKeys(keys);
        })
        .catch((error: unknown) => console.warn('Progress not re-read', error));
    };
    window.addEventListener(WRITE_SETTLED_EVENT, settled);
    return () => window.removeEventListener(WRITE_SETTLED_EVENT, settled);
  }, [moduleSlug]);

  const toggle = async (next: boolean) => {
    const ticket = ++latest.current;
    const previous = completedKeys;
    setCompletedKeys(withLesson(previous, lessonKey, next));
    setFailed(false);
    try {
      const result = await queueProgress({ moduleSlug, lessonKey, completed: next });
      setSync(result.queued ? 'queued' : 'none');
      if (!result.queued && ticket === latest.current) setCompletedKeys(result.progress.completed);
    } catch (error) {
      console.warn('Progress not saved', error);
      if (ticket === latest.current) setCompletedKeys(previous);
      setFailed(true);
    }
  };

  return (
    <div className={cardClass({ padding: 'sm', className: 'flex flex-wrap items-center gap-3' })}>
      <p role="status" className="font-medium">
        {completed ? t('stateComplete') : t('stateIncomplete')}
      </p>
      <Button type="button" aria-pressed={completed} onClick={() => void toggle(!completed)} size="sm">
        {completed ? t('markIncomplete') : t('markComplete')}
      </Button>
      {sync === 'queued' && <p className="text-sm text-amber-900">{t('savedOnDevice')}</p>}
      {sync === 'sent' && <p className="text-sm text-green-800">{t('savedSynced')}</p>}
      {failed && <p className="text-red-700">{t('saveFailed')}</p>}
    </div>
  );
}
