/** HTML character references and Markdown escaping for text taken out of HTML. */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  times: '×',
  divide: '÷',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '',
};

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;

/** One character reference's text, or null for a name we do not know. */
function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
  }
  return NAMED[name.toLowerCase()] ?? null;
}

/** Decodes character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => decodeEntity(name) ?? whole);
}

/**
 * HTML text as escaped Markdown. References we know are decoded and escaped;
 * other named ones (`&eacute;`) are left for the Markdown renderer, which
 * knows them all.
 */
export function escapedText(raw: string, before = ' '): string {
  let out = '';
  let last = 0;
  for (const match of raw.matchAll(ENTITY)) {
    const decoded = decodeEntity(match[1] ?? '');
    const end = match.index + match[0].length;
    // A decoded "&" right before something reference-like (`&amp;lt;`) must stay literal.
    const literal = decoded === '&' && /^#?[a-z0-9]+;/i.test(raw.slice(end)) ? '\\&' : escapeSyntax(decoded ?? '');
    out += escapeSyntax(raw.slice(last, match.index)) + (decoded === null ? match[0] : literal);
    last = end;
  }
  return escapeUnderscores(out + escapeSyntax(raw.slice(last)), before);
}

/** Every Markdown syntax character but "_" (see escapeUnderscores). */
function escapeSyntax(text: string): string {
  // An "&" only needs escaping where Markdown would read a character reference.
  return text.replace(/[\\`*[\]<>#|~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** Escapes everything Markdown could read as syntax (or as raw HTML). */
export function escapeMarkdown(text: string): string {
  return escapeUnderscores(escapeSyntax(text), ' ');
}

const isSpace = (char: string) => /\s/.test(char);
const isWordChar = (char: string) => /[\p{L}\p{N}]/u.test(char);

/**
 * Escapes the underscore runs that could close emphasis. A run after a space
 * (or at the start) can never close one, and one inside a word can neither
 * open nor close, so those stay as typed: a gap "Alpha, ________, Gamma" or a
 * name snake_case stays readable. With no possible closer there is no
 * emphasis. `before` is the character the text follows in the output.
 */
export function escapeUnderscores(text: string, before: string): string {
  return text.replace(/_+/g, (run, offset: number) => {
    const previous = offset === 0 ? before : (text[offset - 1] ?? ' ');
    const next = text[offset + run.length] ?? ' ';
    const inert = isSpace(previous) || (isWordChar(previous) && isWordChar(next));
    return inert ? run : run.replaceAll('_', '\\_');
  });
}
