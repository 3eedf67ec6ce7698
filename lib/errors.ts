/**
 * One error type for everything the app refuses on purpose. The code says
 * what kind of refusal it is; the status and the message are safe to show.
 */
export type AppErrorKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'gone' | 'too-large' | 'unsupported' | 'unavailable';

const statusByKind: Record<AppErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'too-large': 413,
  unsupported: 415,
  unavailable: 503,
};

/** Seconds a client should wait before retrying a 503 (the database was busy with another writer). */
export const RETRY_AFTER_SECONDS = 2;

export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly status: number;

  /** `code` looks like 'forbidden:quiz'; its first part is the kind. */
  constructor(
    readonly code: `${AppErrorKind}:${string}`,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
    this.kind = code.split(':')[0] as AppErrorKind;
    this.status = statusByKind[this.kind];
  }
}

/**
 * Whether `error` is SQLite refusing because another connection holds the
 * write lock (better-sqlite3's SqliteError code SQLITE_BUSY or one of its
 * extended codes, or SQLITE_LOCKED). It is temporary: retry, never a 500.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}

/** The AppError an error stands for: itself, 503 for a busy database, or null for the unexpected. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseBusy(error))
    return new AppError('unavailable:database-busy', 'The database is busy with another change. Try again in a moment.');
  return null;
}

/** A JSON error response for route handlers (a 503 says when to retry). */
export function errorResponse(error: unknown): Response {
  const known = toAppError(error);
  if (known) {
    const headers: HeadersInit = known.status === 503 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {};
    return Response.json({ error: known.code, message: known.message }, { status: known.status, headers });
  }
  console.error(error);
  return Response.json({ error: 'internal', message: 'Something went wrong on our side.' }, { status: 500 });
}
