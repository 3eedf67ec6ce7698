/** A same-site path to return to after sign-in, or `fallback` for anything else. */
export function safeReturnPath(value: string | null | undefined, fallback = '/home'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith('/sign-in') || value.startsWith('/api/')) return fallback;
  return value;
}
