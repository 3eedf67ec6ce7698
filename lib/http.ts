import { AppError } from '@/lib/errors';

/** Reads a JSON request body, or throws a 400 AppError for a body that is not JSON. */
export async function readJson(request: Request, maxBytes = 64 * 1024): Promise<unknown> {
  const text = await request.text();
  if (text.length > maxBytes) throw new AppError('too-large:body', `The request body is larger than ${maxBytes} bytes.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid:json', 'The request body is not valid JSON.');
  }
}

/** Turns a zod failure into a 400 AppError that names the first problem. */
export function invalidInput(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const first = issues[0];
  const where = first?.path.length ? `${first.path.map(String).join('.')}: ` : '';
  return new AppError('invalid:input', `${where}${first?.message ?? 'invalid input'}`);
}

/** A route segment such as `[id]` as a positive id, or NaN. */
export function idParam(value: string): number {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : Number.NaN;
}
