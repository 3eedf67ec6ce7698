import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { markdownNestingIssue } from './nesting';

/**
 * One processor for every lesson. remark-rehype runs without
 * `allowDangerousHtml`, so raw HTML in the Markdown never reaches the tree;
 * rehype-sanitize (GitHub's schema) then drops unsafe URLs such as
 * `javascript:` and every event-handler attribute as a second line of defence.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify)
  .freeze();

/**
 * Shown instead of Markdown that nests too deeply to parse safely. Such text
 * can no longer be saved or published (see `markdownNestingIssue`); this only
 * keeps a page that still holds an older over-deep draft from failing.
 */
export const TOO_DEEP_HTML = '<p role="alert">This text nests too deeply to display. Edit it to use fewer nested quotes, lists or emphasis.</p>';

/**
 * Renders lesson Markdown (GFM: tables, task lists, strikethrough, autolinks)
 * to sanitised HTML. Synchronous, so it can run inside a publish transaction.
 * Markdown nesting deeper than the limits in `./nesting` is not parsed at all
 * (it would overflow the stack): `TOO_DEEP_HTML` is returned instead.
 */
export function renderMarkdown(markdown: string): string {
  if (markdownNestingIssue(markdown)) return TOO_DEEP_HTML;
  return String(processor.processSync(markdown));
}
