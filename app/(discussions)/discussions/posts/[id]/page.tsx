import { notFound, redirect } from 'next/navigation';
import { postLocation } from '@/db/queries/discussion-posts';
import { requireDiscussionThread } from '@/lib/auth/discussion-guards';
import { requirePermission } from '@/lib/auth/guards';

type Props = { params: Promise<{ id: string }> };

/**
 * Where a notification about a post leads: the page of its thread that shows
 * it, scrolled to it. Checks access to the thread first (404 for outsiders).
 */
export default async function PostRedirectPage({ params }: Props) {
  const { id } = await params;
  await requirePermission('discussions:take-part', `/discussions/posts/${id}`);
  const location = /^[1-9]\d{0,14}$/.test(id) ? postLocation(Number(id)) : null;
  if (!location) notFound();
  await requireDiscussionThread(String(location.threadId), `/discussions/posts/${id}`);
  redirect(`/discussions/threads/${location.threadId}${location.page > 1 ? `?page=${location.page}` : ''}#post-${id}`);
}
