'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { cardClass } from '@/components/ui/card';

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

async function putProgress(body: { moduleSlug: string; lessonKey: string; completed: boolean }): Promise<Progress> {
  const response = await fetch('/api/progress', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`progress ${response.status}`);
  return response.json();
}

/** Marks the lesson complete (or not), optimistically; the server's answer settles the state. */
export function LessonCompleteToggle({ moduleSlug, lessonKey, initialCompleted }: Props) {
  const t = useTranslations('lesson');
  const queryClient = useQueryClient();
  const queryKey = ['progress', moduleSlug];
  const { data } = useQuery({ queryKey, queryFn: () => fetchProgress(moduleSlug), initialData: { completed: initialCompleted } });
  const completed = data.completed.includes(lessonKey);

  const mutation = useMutation({
    mutationFn: (next: boolean) => putProgress({ moduleSlug, lessonKey, completed: next }),
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
    onSuccess: (server) => queryClient.setQueryData(queryKey, server),
  });

  return (
    <div className={cardClass({ padding: 'sm', className: 'flex flex-wrap items-center gap-3' })}>
      <p role="status" className="font-medium">
        {completed ? t('stateComplete') : t('stateIncomplete')}
      </p>
      <Button
        type="button"
        aria-pressed={completed}
        onClick={() => mutation.mutate(!completed)}
        size="sm"
      >
        {completed ? t('markIncomplete') : t('markComplete')}
      </Button>
      {mutation.isError && <p className="text-red-700">{t('saveFailed')}</p>}
    </div>
  );
}
