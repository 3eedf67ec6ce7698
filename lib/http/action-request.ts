import { AppError } from '@/lib/errors';
import { formatBytes } from './body';
import { requireSameOrigin } from './same-origin';

/**
 * The largest server-action request: a 5 MB enrolment CSV plus the form
 * around it. next.config.ts sets `serverActions.bodySizeLimit` to the same
 * number of megabytes (a test checks).
 */
export const ACTION_BODY_LIMIT_MB = 6;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;

/**
 * Checks a POST to a page (a server action) before Next decodes it. Next
 * itself refuses a foreign Origin or a body over its limit, but as a 500;
 * this answers 403 and 413 (naming the size and the limit) instead. A body
 * without Content-Length still meets Next's own streaming limit.
 */
export function checkActionRequest(request: Request): void {
  requireSameOrigin(request);
  const declared = request.headers.get('content-length');
  if (declared === null) return;
  if (!/^\d{1,15}$/.test(declared.trim())) throw new AppError('invalid:content-length', 'The Content-Length header is not a number.');
  const length = Number(declared);
  if (length > ACTION_BODY_LIMIT_BYTES) {
    throw new AppError('too-large:form', `The form is ${formatBytes(length)}; the limit is ${ACTION_BODY_LIMIT_MB} MB.`);
  }
}
