/**
 * Slugs and keys for things created in the browser: module slugs (URLs),
 * lesson keys and question keys. Keys never change after creation, because
 * progress and attempts are recorded against them.
 */

/** Lowercase kebab-case ASCII from any text, at most `maxLength` characters; '' when nothing is left. */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength);
  const boundary = cut.lastIndexOf('-');
  return (boundary > maxLength / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/g, '');
}

/** `base` (or `fallback` when empty) made unique against `taken` with -2, -3, … */
export function uniqueSlug(base: string, taken: ReadonlySet<string>, fallback: string): string {
  const root = base || fallback;
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A lesson key such as `03-open-data`: its position when created, then its title. */
export function lessonKeyFor(title: string, position: number, taken: ReadonlySet<string>): string {
  const prefix = String(position + 1).padStart(2, '0');
  const words = slugify(title, 50);
  return uniqueSlug(words ? `${prefix}-${words}` : prefix, taken, prefix);
}
