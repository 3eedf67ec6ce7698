/**
 * The limits every discussion post is held to: length, posting rate and what
 * it may link to. Pure: the commands pass in the stored facts and the time.
 */

export const MAX_POST_CHARACTERS = 10_000;
export const MAX_TITLE_CHARACTERS = 200;
export const MAX_REASON_CHARACTERS = 500;
/** At most this many posts per user within RATE_WINDOW_MS (threads count as posts). */
export const MAX_POSTS_PER_WINDOW = 10;
export const RATE_WINDOW_MS = 60_000;

/**
 * When a user may post again, or null when they may post now. `recent` are
 * the creation times of the user's stored posts (any order; older ones are
 * ignored), so the window survives restarts and holds across processes.
 */
export function rateLimitRetryAt(recent: readonly Date[], now: Date): Date | null {
  const since = now.getTime() - RATE_WINDOW_MS;
  const inWindow = recent
    .map((time) => time.getTime())
    .filter((time) => time > since && time <= now.getTime())
    .sort((a, b) => a - b);
  if (inWindow.length < MAX_POSTS_PER_WINDOW) return null;
  // The oldest post that keeps the count at the limit leaves the window first.
  const leaving = inWindow[inWindow.length - MAX_POSTS_PER_WINDOW] ?? now.getTime();
  return new Date(leaving + RATE_WINDOW_MS + 1);
}

/** Seconds until `retryAt`, rounded up, at least 1: what the refusal tells the user. */
export function secondsUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
}

export type BodyProblem = 'body-required' | 'body-too-long';

/** Whether a post body is acceptable as text: not blank, at most MAX_POST_CHARACTERS (counted as the user sees characters). */
export function bodyProblem(body: string): BodyProblem | null {
  if (body.trim() === '') return 'body-required';
  return characterCount(body) > MAX_POST_CHARACTERS ? 'body-too-long' : null;
}

/** Characters as a person counts them (code points), so Dari text is not counted double. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** A URL a post refers to: a link's target or an image's source. */
export interface PostReference {
  kind: 'link' | 'image';
  url: string;
}

export type ReferenceProblem = 'attachment-not-allowed' | 'image-not-allowed';

/**
 * Published lesson files, served to enrolled trainees by the media route
 * (`/api/media/<version>/<lesson>/<path>`), linked as the lesson page links
 * them: a path on this site.
 */
const LESSON_FILE = /^\/api\/media\/\d+\/[^/?#]+\/[^?#]+$/i;
/** Anything else on the site that serves uploaded files, or files embedded in the URL itself. */
const UPLOAD = /^(?:(?:https?:\/\/[^/]+)?\/(?:api\/(?:media|author)|uploads?)\/|data:|blob:|file:)/i;

/**
 * Posts carry no attachments: a post may link anywhere on the web and to the
 * lesson files of the course, but not to other uploaded files (drafts, raw
 * uploads) nor embed data. Images are shown only when they are lesson files
 * (a figure from the lesson); any other image is refused rather than hot-
 * linked, so reading a post never loads a stranger's server.
 */
export function referenceProblem(reference: PostReference): ReferenceProblem | null {
  const url = reference.url.trim();
  // A path that climbs out of the lesson's folder is not a lesson file.
  if (LESSON_FILE.test(url) && !url.includes('..') && !url.includes('%2e')) return null;
  if (reference.kind === 'image') return 'image-not-allowed';
  return UPLOAD.test(url) ? 'attachment-not-allowed' : null;
}
