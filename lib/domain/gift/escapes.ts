/**
 * GIFT's backslash escapes. Before parsing, each escape is swapped for a
 * character from Unicode's private use area, so the structural characters
 * left in the text (`~ = # { } :`) are exactly the unescaped ones; the
 * placeholders are turned back into the characters they stand for at the end.
 * A placeholder is one character where the escape was two, but never spans a
 * line break, so line numbers are unaffected.
 */
const escapes: [escape: string, placeholder: string, plain: string][] = [
  ['\\\\', '\uE000', '\\'],
  ['\\~', '\uE001', '~'],
  ['\\=', '\uE002', '='],
  ['\\#', '\uE003', '#'],
  ['\\{', '\uE004', '{'],
  ['\\}', '\uE005', '}'],
  ['\\:', '\uE006', ':'],
  ['\\n', '\uE007', '\n'],
];

const protectPattern = /\\[\\~=#{}:n]/g;
const byEscape = new Map(escapes.map(([escape, placeholder]) => [escape, placeholder]));
const byPlaceholder = new Map(escapes.map(([, placeholder, plain]) => [placeholder, plain]));

/** Replaces every GIFT escape with its placeholder. Unknown sequences such as `\x` are left as written. */
export function protect(text: string): string {
  return text.replace(protectPattern, (escape) => byEscape.get(escape) ?? escape);
}

/** Turns placeholders back into the characters they stand for (`\n` becomes a line break). */
export function unprotect(text: string): string {
  return text.replace(/[\uE000-\uE007]/g, (placeholder) => byPlaceholder.get(placeholder) ?? placeholder);
}

/** Escapes text for GIFT output: the special characters, backslashes and line breaks. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}
