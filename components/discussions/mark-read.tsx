'use client';

import { useEffect, useRef, useTransition } from 'react';
import { markThreadReadAction } from '@/app/(discussions)/discussions/_actions/post-actions';
import { idle } from '@/lib/actions/action-state';

/**
 * Marks the thread read up to the newest post the page showed, once it is
 * shown. The page itself never writes while rendering; this runs after it.
 */
export function MarkRead({ threadId, upToPostId }: { threadId: number; upToPostId: number }) {
  const [, startTransition] = useTransition();
  const sent = useRef(0);
  useEffect(() => {
    if (upToPostId === 0 || sent.current === upToPostId) return;
    sent.current = upToPostId;
    const form = new FormData();
    form.set('threadId', String(threadId));
    form.set('upToPostId', String(upToPostId));
    startTransition(async () => {
      await markThreadReadAction(idle, form);
    });
  }, [threadId, upToPostId]);
  return null;
}
