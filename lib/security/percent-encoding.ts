/**
 * Whether every `%` in `path` starts a valid escape and the escapes decode to
 * UTF-8: Next fails with a 500 on a dynamic segment such as `/verify/%`, so
 * such requests are answered 400 before they reach a route.
 */
export function isWellEncodedPath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** `raw` percent-decoded, or null when its encoding is broken (a caller answers 4xx, never 500). */
export function decodedParam(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
