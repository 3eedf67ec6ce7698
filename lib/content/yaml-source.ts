import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { ContentError } from './types';

/** A YAML file parsed with positions kept, so any path into it can be turned into a line. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Lines of the file before the YAML text (the `---` line of front matter). */
  lineOffset: number;
}

export type YamlParse = { ok: true; source: YamlSource; data: unknown } | { ok: false; errors: ContentError[] };

/**
 * Parses YAML text, reporting syntax errors (including duplicate keys) with
 * their line in `file`. `lineOffset` shifts lines for YAML embedded in a file.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlParse {
  const lineCounter = new LineCounter();
  // prettyErrors would put lines of the YAML text (not of the file) into the message.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { file, line: line + lineOffset, message: `YAML: ${error.message} (column ${col})` };
      }),
    };
  }
  try {
    return { ok: true, source: { file, doc, lineCounter, lineOffset }, data: doc.toJS() };
  } catch (error) {
    // Aliases are resolved only here, and a failure is thrown (a ReferenceError, not a parse error):
    // an alias with no anchor before it (`title: *draft`) or an alias bomb over the library's limit.
    if (!(error instanceof Error)) throw error;
    return { ok: false, errors: [{ file, line: aliasLine(doc, lineCounter) + lineOffset, message: `YAML: ${error.message}` }] };
  }
}

/** The line of the first alias whose anchor is missing, else of the first alias: where an alias failure is. */
function aliasLine(doc: Document.Parsed, lineCounter: LineCounter): number {
  let first: number | null = null;
  let unresolved: number | null = null;
  visit(doc, {
    Alias(_key, node) {
      const line = lineCounter.linePos(node.range?.[0] ?? 0).line;
      first ??= line;
      if (node.resolve(doc) === undefined) {
        unresolved = line;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return unresolved ?? first ?? 1;
}

/**
 * The YAML node that a (zod) path leads to, stopping at the deepest one that
 * exists (a missing key is reported at its parent). For a map entry the key is
 * returned when it is the last segment: `title:` is the line an author looks for.
 */
function nodeAt(source: YamlSource, path: readonly PropertyKey[]): unknown {
  let node: unknown = source.doc.contents;
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      node = index === path.length - 1 || pair.value === null ? pair.key : pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
    } else {
      break;
    }
  }
  return node;
}

/** The 1-based line in the file where the node at `path` starts. */
export function lineOfPath(source: YamlSource, path: readonly PropertyKey[]): number {
  const node = nodeAt(source, path);
  const offset = isNode(node) && node.range ? node.range[0] : 0;
  return source.lineCounter.linePos(offset).line + source.lineOffset;
}

/** A zod path written the way an author reads it: `questions[3].options[1].correct`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/**
 * Validates parsed YAML with a zod schema. Every issue becomes a ContentError
 * naming the file and the line of the offending node.
 */
export function validateYaml<S extends z.ZodType>(
  source: YamlSource,
  data: unknown,
  schema: S,
): { ok: true; data: z.output<S> } | { ok: false; errors: ContentError[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      // Point an unknown key at the key itself rather than at the object holding it.
      const path = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
      return {
        file: source.file,
        line: lineOfPath(source, path),
        message: issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message,
      };
    }),
  };
}
