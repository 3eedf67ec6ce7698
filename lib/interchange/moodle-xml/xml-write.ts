import type { CombinedFeedback, MoodleAnswer, MoodleFile, MoodleHint, MoodleText } from './types';

/**
 * Moodle's text escaping: text with nothing XML-special is written as is,
 * anything else inside CDATA, with a `]]>` in the text split across two
 * CDATA sections so the file stays well-formed.
 */
export function xmlEscape(text: string): string {
  if (!/[&<>"']/.test(text)) return text;
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** Entity escaping for attribute values and short fields. */
export function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** A number as Moodle writes it: no trailing zeros, float noise rounded off. */
export function num(value: number): string {
  return String(Number(value.toFixed(7)));
}

const pad = (indent: number) => '  '.repeat(indent);

/** `<text>…</text>` on one line at the given indent (two spaces per level). */
export function writeText(raw: string, indent: number): string {
  return `${pad(indent)}<text>${xmlEscape(raw)}</text>\n`;
}

export function writeFiles(files: MoodleFile[]): string {
  return files
    .map(
      (file) => `<file name="${escapeAttribute(file.name)}" path="${escapeAttribute(file.path)}" encoding="base64">${file.base64}</file>\n`,
    )
    .join('');
}

/** A formatted field such as `<questiontext format="html">` with its text and files. */
export function writeField(tag: string, text: MoodleText, indent = 2): string {
  return `${pad(indent)}<${tag} format="${text.format}">\n${writeText(text.text, indent + 1)}${writeFiles(text.files)}${pad(indent)}</${tag}>\n`;
}

/** One `<answer>`; `extra` is type-specific content such as `<tolerance>`. */
export function writeAnswer(answer: MoodleAnswer, extra = ''): string {
  return (
    `    <answer fraction="${num(answer.fraction * 100)}" format="${answer.text.format}">\n` +
    writeText(answer.text.text, 3) +
    writeFiles(answer.text.files) +
    writeField('feedback', answer.feedback, 3) +
    extra +
    '    </answer>\n'
  );
}

export function writeCombinedFeedback(feedback: CombinedFeedback): string {
  return (
    writeField('correctfeedback', feedback.correct) +
    writeField('partiallycorrectfeedback', feedback.partiallyCorrect) +
    writeField('incorrectfeedback', feedback.incorrect) +
    (feedback.showNumCorrect ? '    <shownumcorrect/>\n' : '')
  );
}

export function writeHints(hints: MoodleHint[]): string {
  return hints
    .map(
      (hint) =>
        `    <hint format="${hint.text.format}">\n${writeText(hint.text.text, 3)}` +
        (hint.showNumCorrect ? '      <shownumcorrect/>\n' : '') +
        (hint.clearWrong ? '      <clearwrong/>\n' : '') +
        `${writeFiles(hint.text.files)}    </hint>\n`,
    )
    .join('');
}

export function writeTags(tags: string[]): string {
  if (tags.length === 0) return '';
  return `    <tags>\n${tags.map((tag) => `      <tag>${writeText(tag, 0).trimEnd()}</tag>\n`).join('')}    </tags>\n`;
}

/** A simple `<tag>value</tag>` line. */
export function line(tag: string, value: string | number): string {
  return `    <${tag}>${typeof value === 'number' ? num(value) : escapeAttribute(value)}</${tag}>\n`;
}
