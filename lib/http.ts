import { readJsonValue } from '@/lib/http/body';

export { invalidInput } from '@/lib/http/body';

/**
 * Reads a JSON request body of at most `maxBytes`, streamed with a cap (413),
 * or throws a 400 AppError for a body that is not JSON. Call it only after
 * the authorisation and origin checks.
 */
export async function readJson(request: Request, maxBytes = 64 * 1024): Promise<unknown> {
  return readJsonValue(request, maxBytes);
}

/** A route segment such as `[id]` as a positive id, or NaN. */
export function idParam(value: string): number {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : Number.NaN;
}
