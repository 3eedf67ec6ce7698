import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

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
 * Renders lesson Markdown (GFM: tables, task lists, strikethrough, autolinks)
 * to sanitised HTML. Synchronous, so it can run inside a publish transaction.
 */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
