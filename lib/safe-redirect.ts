/** Any C0 control character, DEL, or a space: browsers strip or reinterpret these, so none may appear. */
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f]/;
/** A made-up origin to resolve against: only URLs that stay on it are same-origin paths. */
const BASE = 'http://app.invalid';

/**
 * A same-site path to return to after sign-in, or `fallback` for anything else.
 *
 * The value is judged the way a browser would read it: it is resolved with
 * the WHATWG URL parser (which turns `\` into `/` and drops tabs and line
 * breaks, so `/\tevil.example` would become `//evil.example`), and only a
 * result on our own origin is kept. Control characters and spaces are refused
 * outright, since they are never part of a path the app itself links to and
 * a line break would otherwise end up in a `Location` header.
 */
export function safeReturnPath(value: unknown, fallback = '/home'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || UNSAFE_CHARACTERS.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname;
  if (path === '/sign-in' || path.startsWith('/sign-in/') || path.startsWith('/api/')) return fallback;
  return `${path}${url.search}${url.hash}`;
}
