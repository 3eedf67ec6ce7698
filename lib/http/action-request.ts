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

const tooLarge = (bytes: number) =>
  new AppError('too-large:form', `The form is ${formatBytes(bytes)}; the limit is ${ACTION_BODY_LIMIT_MB} MB.`);
const malformed = () => new AppError('invalid:action', 'The form data is malformed.');

/**
 * Checks a POST to a page (a server action) before Next decodes it. Next
 * refuses a foreign Origin, a body over its limit and a malformed encoding
 * itself, but as a 500; this answers 403, 413 (naming the size and the
 * limit) and 400 instead. Every action of this app takes a form, so React
 * always sends it as multipart/form-data.
 */
export async function checkActionRequest(request: Request): Promise<void> {
  requireSameOrigin(request);
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (!/^\d{1,15}$/.test(declared.trim())) throw new AppError('invalid:content-length', 'The Content-Length header is not a number.');
    if (Number(declared) > ACTION_BODY_LIMIT_BYTES) throw tooLarge(Number(declared));
  }
  const type = request.headers.get('content-type') ?? '';
  const isAction = request.headers.has('next-action');
  const isMultipart = /^multipart\/form-data\s*;/i.test(type);
  if (isAction && !isMultipart) throw new AppError('invalid:action', 'A server action takes a multipart form.');
  if (isMultipart) checkActionFields(await readActionForm(request), isAction);
}

/** The form, read from a copy of the body (Next buffers it for the proxy), counting its size when none was declared. */
async function readActionForm(request: Request): Promise<FormData> {
  const bytes = await request
    .clone()
    .arrayBuffer()
    .catch(() => {
      throw malformed();
    });
  if (bytes.byteLength > ACTION_BODY_LIMIT_BYTES) throw tooLarge(bytes.byteLength);
  try {
    return await new Response(bytes, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw malformed();
  }
}

/**
 * The fields React's decoder parses as JSON must be JSON: for a fetch action
 * the arguments in field "0" (a list); for a form posted without JavaScript
 * the bound arguments in the `$ACTION_<n>:<m>` fields.
 */
function checkActionFields(form: FormData, isAction: boolean): void {
  const parses = (value: FormDataEntryValue | null, list: boolean) => {
    if (typeof value !== 'string') return false;
    try {
      const parsed: unknown = JSON.parse(value);
      return !list || Array.isArray(parsed);
    } catch {
      return false;
    }
  };
  if (isAction && !parses(form.get('0'), true)) throw malformed();
  for (const [name, value] of form.entries()) {
    if (/^\$ACTION_\d+:\d+$/.test(name) && !parses(value, false)) throw malformed();
  }
}
