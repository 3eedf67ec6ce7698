/** Moodle's context markers at the start of a category path, e.g. `$course$/Maths`. */
const CONTEXT = /^\$(course|system|module|cat\d*|coursecategory)\$\/?/;

/**
 * The names along a Moodle category path, without the leading context marker:
 * `$course$/Default for X/Algebra` → `['Default for X', 'Algebra']`. Moodle
 * writes a `/` inside a name as `//`, which is read back as one `/`.
 */
export function categorySegments(path: string): string[] {
  const SLASH = '\u0000';
  return path
    .trim()
    .replace(CONTEXT, '')
    .replaceAll('//', SLASH)
    .split('/')
    .map((segment) => segment.replaceAll(SLASH, '/').trim())
    .filter((segment) => segment !== '');
}
