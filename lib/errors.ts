/**
 * One error type for everything the app refuses on purpose. The code says
 * what kind of refusal it is; the status and the message are safe to show.
 */
export type AppErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'gone' | 'too-large';

const statusByKind: Record<AppErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'too-large': 413,
};

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

/** A JSON error response for route handlers. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ error: error.code, message: error.message }, { status: error.status });
  }
  console.error(error);
  return Response.json({ error: 'internal', message: 'Something went wrong on our side.' }, { status: 500 });
}
