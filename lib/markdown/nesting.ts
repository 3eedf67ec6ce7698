/**
 * A cheap, linear upper bound on how deeply Markdown nests, checked before
 * parsing. The parser and the HTML steps recurse once per level, so a few
 * thousand levels (`"> "` repeated, or `*a ` repeated) overflow the stack or
 * take many seconds; no real lesson comes near these limits.
 */

/** Most block containers (block quotes, list items) one line may sit in. */
export const MAX_BLOCK_NESTING = 32;
/** Most emphasis, strikethrough and link openers that may be open at once in one paragraph. */
export const MAX_INLINE_NESTING = 64;

export interface NestingIssue {
  kind: 'blocks' | 'inline';
  /** 1-based line where the limit is first passed. */
  line: number;
  limit: number;
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * Block depth of one line, over-estimated: every `>` and list marker at its
 * start, plus one level per two columns of indentation (a nested list item's
 * content is indented by at least two columns; a block quote needs its `>`).
 */
function blockDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const char = line[i];
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else if (char === '>') depth += 1;
    else {
      const marker = LIST_MARKER.exec(line.slice(i, i + 12));
      if (!marker) break;
      depth += 1;
      i += marker[0].length;
      continue;
    }
    i += 1;
  }
  return depth + Math.floor(columns / 2);
}

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const isPunctuation = (char: string | undefined) => char !== undefined && /[\p{P}\p{S}]/u.test(char);

/**
 * Inline openers still open after each character of a paragraph: `[` opens and
 * `]` closes; a run of `*`, `_` or `~` that can only open (CommonMark's
 * left-flanking rule) adds its length, one that can only close takes it away.
 * Returns the highest count reached within `text`, starting from `open`.
 */
function inlineDepth(text: string, open: number): { open: number; peak: number } {
  let peak = open;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '[') open += 1;
    else if (char === ']') open = Math.max(0, open - 1);
    else if (char === '*' || char === '_' || char === '~') {
      let end = i;
      while (text[end] === char) end += 1;
      const before = text[i - 1];
      const after = text[end];
      const canOpen = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
      const canClose = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
      if (canOpen && !canClose) open += end - i;
      else if (canClose && !canOpen) open = Math.max(0, open - (end - i));
      i = end;
      peak = Math.max(peak, open);
      continue;
    }
    peak = Math.max(peak, open);
    i += 1;
  }
  return { open, peak };
}

/** The first place where `markdown` nests deeper than the limits, or null when it is safe to render. */
export function markdownNestingIssue(markdown: string): NestingIssue | null {
  const lines = markdown.split(/\r\n|\r|\n/);
  let open = 0;
  for (const [index, line] of lines.entries()) {
    if (blockDepth(line) > MAX_BLOCK_NESTING) return { kind: 'blocks', line: index + 1, limit: MAX_BLOCK_NESTING };
    // Emphasis and links never span a blank line, so a paragraph starts afresh.
    if (line.trim() === '') open = 0;
    const inline = inlineDepth(line, open);
    if (inline.peak > MAX_INLINE_NESTING) return { kind: 'inline', line: index + 1, limit: MAX_INLINE_NESTING };
    open = inline.open;
  }
  return null;
}
