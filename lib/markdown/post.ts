import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { PostReference } from '@/lib/domain/discussion-limits';
import { findMentions, type MentionCandidate } from '@/lib/domain/mentions';
import { markdownNestingIssue } from './nesting';
import { TOO_DEEP_HTML } from './render';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Every link target and image source a post's Markdown refers to, including
 * reference-style ones through their definitions, for the attachment rule.
 * Text nesting too deeply to parse refers to nothing (it renders as a notice).
 */
export function postReferences(markdown: string): PostReference[] {
  if (markdownNestingIssue(markdown)) return [];
  const tree = parser.parse(markdown) as MdastRoot;
  const definitions = new Map<string, string>();
  const found: PostReference[] = [];
  const imageLabels: string[] = [];
  const walk = (node: MdastNodes) => {
    if (node.type === 'link') found.push({ kind: 'link', url: node.url });
    if (node.type === 'image') found.push({ kind: 'image', url: node.url });
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if (node.type === 'imageReference') imageLabels.push(node.identifier);
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes);
  };
  walk(tree);
  for (const [identifier, url] of definitions) {
    found.push({ kind: imageLabels.includes(identifier) ? 'image' : 'link', url });
  }
  return found;
}

/** What a rendered post is: its sanitised HTML and whom it mentions. */
export interface RenderedPost {
  html: string;
  mentionedIds: number[];
}

/** Text inside these is shown as written: no mention is made there. */
const literal = new Set(['a', 'code', 'pre']);

/**
 * Wraps each mention of a member in the text of the tree in
 * `<span class="mention">`, collecting the ids. It runs after sanitising, on
 * text nodes only, so what it adds is the app's own markup.
 */
function markMentions(members: readonly MentionCandidate[], found: Set<number>) {
  const inElement = (element: Element | HastRoot) => {
    const children: ElementContent[] = [];
    for (const child of element.children as ElementContent[]) {
      if (child.type === 'element') {
        if (!literal.has(child.tagName)) inElement(child);
        children.push(child);
      } else if (child.type === 'text') {
        children.push(...splitMentions(child, members, found));
      } else children.push(child);
    }
    element.children = children;
  };
  return () => (tree: HastRoot) => inElement(tree);
}

function splitMentions(node: Text, members: readonly MentionCandidate[], found: Set<number>): ElementContent[] {
  const mentions = findMentions(node.value, members);
  if (mentions.length === 0) return [node];
  const parts: ElementContent[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start > at) parts.push({ type: 'text', value: node.value.slice(at, mention.start) });
    parts.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['mention'], dataUserId: String(mention.userId) },
      children: [{ type: 'text', value: `@${mention.name}` }],
    });
    found.add(mention.userId);
    at = mention.end;
  }
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}

/**
 * Renders a discussion post with the lessons' pipeline (GFM, no raw HTML,
 * GitHub's sanitise schema), then marks the mentions of `members`. Runs
 * synchronously, inside the command that stores the post.
 */
export function renderPost(markdown: string, members: readonly MentionCandidate[]): RenderedPost {
  if (markdownNestingIssue(markdown)) return { html: TOO_DEEP_HTML, mentionedIds: [] };
  const found = new Set<number>();
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize, defaultSchema)
    .use(markMentions(members, found))
    .use(rehypeStringify);
  const html = String(processor.processSync(markdown));
  return { html, mentionedIds: [...found] };
}
