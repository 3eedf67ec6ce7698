import { moodleTextFormats, type MoodleFile, type MoodleText, type MoodleTextFormat } from './types';

/**
 * fast-xml-parser's output with every element read as an array (like
 * Moodle's xmlize): a leaf without attributes is a string, anything else an
 * object of child arrays, `@_attributes` and `#text`.
 */
export type XmlNode = string | { [key: string]: XmlNode[] | string | undefined };

/** The first `<name>` child, if any. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** Every `<name>` child, in document order. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (node === undefined || typeof node === 'string') return [];
  const value = node[name];
  return Array.isArray(value) ? value : [];
}

/** Whether the element has a `<name>` child at all (Moodle's flag elements such as `<shownumcorrect/>`). */
export function has(node: XmlNode | undefined, name: string): boolean {
  return children(node, name).length > 0;
}

/** An attribute's value, or null when absent. */
export function attr(node: XmlNode | undefined, name: string): string | null {
  if (node === undefined || typeof node === 'string') return null;
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : null;
}

/** The element's own text (CDATA included), untrimmed. */
export function ownText(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  const value = node['#text'];
  return typeof value === 'string' ? value : '';
}

/** The trimmed text of the `<name>` child, or `fallback` when there is no such child. */
export function value(node: XmlNode | undefined, name: string, fallback = ''): string {
  const found = child(node, name);
  return found === undefined ? fallback : ownText(found).trim();
}

/** The trimmed text of the element's `<text>` child: Moodle trims every text it reads. */
export function textOf(node: XmlNode | undefined): string {
  return ownText(child(node, 'text')).trim();
}

/** Moodle's reading of yes/no values: "false", "0" and "" are false, anything else true. */
export function flag(raw: string): boolean {
  const trimmed = raw.trim();
  return !(trimmed === 'false' || trimmed === '0' || trimmed === '');
}

/** A number from the `<name>` child; `fallback` when absent, empty or not a number. */
export function numberValue(node: XmlNode | undefined, name: string, fallback: number): number {
  const raw = value(node, name, '');
  const parsed = raw === '' ? Number.NaN : Number(raw);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** Reads a format name; Moodle assumes `html` for names it does not know (and for `wiki_like`). */
export function readFormat(raw: string | null, fallback: MoodleTextFormat): { format: MoodleTextFormat; known: boolean } {
  if (raw === null) return { format: fallback, known: true };
  const name = raw.trim();
  const known = (moodleTextFormats as readonly string[]).includes(name);
  return { format: known ? (name as MoodleTextFormat) : 'html', known };
}

/** The `<file>` children of a text element. */
export function readFiles(node: XmlNode | undefined): MoodleFile[] {
  return children(node, 'file').map((file) => ({
    name: attr(file, 'name') ?? '',
    path: attr(file, 'path') ?? '/',
    base64: ownText(file).replace(/\s+/g, ''),
  }));
}

/** A whole text field (`<questiontext format="…"><text>…</text><file …/></questiontext>`). */
export function readText(node: XmlNode | undefined, fallback: MoodleTextFormat): MoodleText {
  return { text: textOf(node), format: readFormat(attr(node, 'format'), fallback).format, files: readFiles(node) };
}

/** An empty text in the given format. */
export function emptyText(format: MoodleTextFormat): MoodleText {
  return { text: '', format, files: [] };
}
