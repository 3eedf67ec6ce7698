/**
 * HTML from Moodle question texts turned into Markdown, because our renderer
 * (lib/markdown/render.ts) drops raw HTML. Only structure Markdown can say is
 * kept (paragraphs, breaks, emphasis, code, links, images, lists, headings);
 * scripts, styles and embedded frames go with their content; unsafe link and
 * image targets are dropped. All text is escaped, so nothing in the input can
 * become HTML again; the sanitising renderer is a second line of defence.
 */
import { decodeEntities, escapedText, escapeMarkdown } from './entities';

/** Tags whose content is never text for a reader. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'svg',
  'math',
  'head',
  'title',
  'select',
  'textarea',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'table',
  'figure',
  'figcaption',
  'address',
  'center',
]);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!?[^>]*>|[^<]+|</g;

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** A link or image target we keep: web, mail, Moodle file references and relative paths; never scripts. */
function safeUrl(raw: string | null): string | null {
  if (raw === null) return null;
  const url = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001f\s]+/g, ''));
  if (scheme && !['http', 'https', 'mailto'].includes((scheme[1] ?? '').toLowerCase())) return null;
  return url === '' ? null : url.replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

class Writer {
  out = '';
  private lists: { ordered: boolean; count: number }[] = [];
  private links: (string | null)[] = [];
  private dropped: string | null = null;
  private pre = 0;

  private get atLineStart() {
    return this.out === '' || this.out.endsWith('\n');
  }
  private block(separator = '\n\n') {
    this.out = this.out.replace(/[ \t]+$/, '');
    if (this.out !== '' && !this.out.endsWith(separator)) this.out += this.out.endsWith('\n') && separator === '\n\n' ? '\n' : separator;
  }

  text(raw: string) {
    if (this.dropped) return;
    if (this.pre > 0) {
      this.out += decodeEntities(raw);
      return;
    }
    let text = raw.replace(/\s+/g, ' ').replaceAll('\u00a0', ' ');
    if (this.atLineStart || this.out.endsWith(' ')) text = text.replace(/^ /, '');
    this.out += escapedText(text, this.out === '' ? ' ' : this.out.slice(-1));
  }

  open(tag: string, attributes: string) {
    if (this.dropped) return;
    if (DROPPED.has(tag)) this.dropped = tag;
    else if (BLOCKS.has(tag) || tag === 'tr') this.block(tag === 'tr' ? '\n' : '\n\n');
    else if (/^h[1-6]$/.test(tag)) this.heading(Number(tag[1]));
    else if (tag === 'br') this.out = this.atLineStart ? this.out : `${this.out.replace(/ +$/, '')}\\\n`;
    else if (tag === 'hr') this.rule();
    else if (tag === 'pre') this.openPre();
    else if (tag === 'ul' || tag === 'ol') this.openList(tag === 'ol');
    else if (tag === 'li') this.listItem();
    else if (tag === 'a') this.link(safeUrl(attribute(attributes, 'href')));
    else if (tag === 'img') this.image(attributes);
    else this.out += this.inlineMark(tag);
  }

  close(tag: string) {
    if (this.dropped) {
      if (tag === this.dropped) this.dropped = null;
      return;
    }
    if (BLOCKS.has(tag) || /^h[1-6]$/.test(tag)) this.block();
    else if (tag === 'pre' && this.pre > 0) this.closePre();
    else if (tag === 'ul' || tag === 'ol') this.closeList();
    else if (tag === 'a') this.closeLink();
    else if (tag !== 'td' && tag !== 'th') this.out += this.inlineMark(tag);
  }

  /** The Markdown mark a tag opens and closes with ('' for tags that carry nothing). */
  private inlineMark(tag: string): string {
    if (tag === 'b' || tag === 'strong') return '**';
    if (tag === 'i' || tag === 'em') return '*';
    if (tag === 'code' && this.pre === 0) return '`';
    if ((tag === 'td' || tag === 'th') && !this.atLineStart) return ' ';
    return '';
  }
  private heading(level: number) {
    this.block();
    this.out += `${'#'.repeat(level)} `;
  }
  private rule() {
    this.block();
    this.out += '---';
    this.block();
  }
  private openPre() {
    this.block();
    this.out += '```\n';
    this.pre += 1;
  }
  private closePre() {
    this.pre -= 1;
    this.out = `${this.out.replace(/\n$/, '')}\n\`\`\``;
    this.block();
  }
  private openList(ordered: boolean) {
    this.block(this.lists.length > 0 ? '\n' : '\n\n');
    this.lists.push({ ordered, count: 0 });
  }
  private closeList() {
    this.lists.pop();
    this.block(this.lists.length > 0 ? '\n' : '\n\n');
  }
  private closeLink() {
    const href = this.links.pop();
    if (href) this.out += `](${href})`;
  }
  private listItem() {
    const list = this.lists.at(-1) ?? { ordered: false, count: 0 };
    list.count += 1;
    this.block('\n');
    this.out += `${'  '.repeat(Math.max(0, this.lists.length - 1))}${list.ordered ? `${list.count}.` : '-'} `;
  }
  private link(href: string | null) {
    this.links.push(href);
    if (href) this.out += '[';
  }
  private image(attributes: string) {
    const src = safeUrl(attribute(attributes, 'src'));
    if (src) this.out += `![${escapeMarkdown(attribute(attributes, 'alt') ?? '')}](${src})`;
  }
}

/** Converts an HTML fragment to Markdown (see the module comment for what is kept). */
export function htmlToMarkdown(html: string): string {
  const writer = new Writer();
  for (const match of html.matchAll(TAG)) {
    const [whole, slash, name, attributes] = match;
    if (whole.startsWith('<!--')) continue;
    if (name === undefined) {
      // A stray "<" or a declaration: text only when it is not markup.
      if (!whole.startsWith('<!') && !whole.startsWith('<?')) writer.text(whole);
      continue;
    }
    const tag = name.toLowerCase();
    if (slash) writer.close(tag);
    else writer.open(tag, attributes ?? '');
  }
  return writer.out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
