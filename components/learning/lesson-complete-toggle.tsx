'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';
import { WRITE_SETTLED_EVENT } from '@/lib/offline/routes';
import { queueProgress, type ProgressSave } from './queue-progress';

interface Props {
  moduleSlug: string;
  lessonKey: string;
  initialCompleted: string[];
}

type Progress = { completed: string[] };

async function fetchProgress(moduleSlug: string): Promise<Progress> {
  const response = await fetch(`/api/progress?module=${encodeURIComponent(moduleSlug)}`);
  if (!response.ok) throw new Error(`progress ${response.status}`);
  return response.json();
}

/**
 * Marks the lesson complete (or not), optimistically; the server's answer
 * settles the state. Offline, the change is kept on the device and sent when
 * the connection returns ("Saved on this device — will be sent").
 */
export function LessonCompleteToggle({ moduleSlug, lessonKey, initialCompleted }: Props) {
  const t = useTranslations('lesson');
  const queryClient = useQueryClient();
  const queryKey = ['progress', moduleSlug];
  const [sync, setSync] = useState<'none' | 'queued' | 'sent'>('none');
  const { data } = useQuery({ queryKey, queryFn: () => fetchProgress(moduleSlug), initialData: { completed: initialCompleted }, networkMode: 'always' });
  const completed = data.completed.includes(lessonKey);

  useEffect(() => {
    // A change kept on the device has reached the server: show the server's state again.
    const settled = () => {
      setSync((state) => (state === 'queued' ? 'sent' : state));
      void queryClient.invalidateQueries({ queryKey: ['progress', moduleSlug] });
    };
    window.addEventListener(WRITE_SETTLED_EVENT, settled);
    return () => window.removeEventListener(WRITE_SETTLED_EVENT, settled);
  }, [moduleSlug, queryClient]);

  const mutation = useMutation({
    networkMode: 'always',
    mutationFn: (next: boolean): Promise<ProgressSave> => queueProgress({ moduleSlug, lessonKey, completed: next }),
    onMutate: async (next) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<Progress>(queryKey);
      const keys = new Set(previous?.completed ?? []);
      if (next) keys.add(lessonKey);
      else keys.delete(lessonKey);
      queryClient.setQueryData<Progress>(queryKey, { completed: [...keys] });
      return { previous };
    },
    onError: (_error, _next, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess: (result) => {
      setSync(result.queued ? 'queued' : 'none');
      if (!result.queued) queryClient.setQueryData(queryKey, result.progress);
    },
  });

  return (
    <div className={cardClass({ padding: 'sm', className: 'flex flex-wrap items-center gap-3' })}>
      <p role="status" className="font-medium">
        {completed ? t('stateComplete') : t('stateIncomplete')}
      </p>
      <Button type="button" aria-pressed={completed} onClick={() => mutation.mutate(!completed)} size="sm">
        {completed ? t('markIncomplete') : t('markComplete')}
      </Button>
      {sync === 'queued' && <p className="text-sm text-amber-900">{t('savedOnDevice')}</p>}
      {sync === 'sent' && <p className="text-sm text-green-800">{t('savedSynced')}</p>}
      {mutation.isError && <p className="text-red-700">{t('saveFailed')}</p>}
    </div>
  );
}
