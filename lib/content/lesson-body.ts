import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A body problem with its 1-based line within the body. */
export interface BodyProblem {
  line: number;
  message: string;
}

/** The little of an mdast node that the checks read. */
interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { line: number } };
}

const parser = unified().use(remarkParse).use(remarkGfm);

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/**
 * Checks a lesson body against the content rules: no level-1 headings (the
 * lesson title is the page's h1), no raw HTML (it would be stripped silently),
 * and a closing line that starts with `**Source:**` (or, in a translation,
 * one of that locale's `labels`).
 */
export function checkLessonBody(body: string, labels: readonly string[] = ['**Source:**']): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const htmlLines = new Set<number>();
  walk(parser.parse(body) as MdNode, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading' && node.depth === 1) {
      problems.push({ line, message: 'level-1 heading: use ## and ### in lesson bodies (the title is the page heading)' });
    }
    // `<b>x</b>` is two html nodes on one line; one message per line is enough.
    if (node.type === 'html' && !htmlLines.has(line)) {
      htmlLines.add(line);
      problems.push({ line, message: 'raw HTML is not allowed in lessons' });
    }
  });
  const lines = body.split('\n');
  let last = lines.length;
  while (last > 1 && (lines[last - 1] ?? '').trim() === '') last -= 1;
  const closing = (lines[last - 1] ?? '').trimStart();
  if (!labels.some((label) => closing.startsWith(label))) {
    const expected = labels.map((label) => `"${label}"`).join(' or ');
    problems.push({ line: last, message: `the lesson must end with a line starting ${expected}` });
  }
  return problems;
}
