import { escapeMarkdown } from './entities';
import { htmlToMarkdown } from './html-to-markdown';
import type { MoodleText } from './types';

/** Plain text as Markdown: every character literal, line breaks kept, blank lines start paragraphs. */
function plainToMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeMarkdown(line.trim()))
        .join('\\\n'),
    )
    .join('\n\n');
}

/**
 * Moodle's auto-format: HTML allowed, blank lines make paragraphs and single
 * line breaks are kept, so it becomes HTML that way and then Markdown.
 */
function autoToMarkdown(text: string): string {
  const html = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => `<p>${paragraph.split('\n').join('<br />')}</p>`)
    .join('');
  return htmlToMarkdown(html);
}

/**
 * A Moodle text in the project's Markdown: `markdown` kept as written,
 * `html` and `moodle_auto_format` converted (only what Markdown can say is
 * kept; see html-to-markdown.ts), `plain_text` escaped so it shows literally.
 * `@@PLUGINFILE@@/…` image references stay for the caller to resolve.
 */
export function toMarkdown(text: MoodleText): string {
  switch (text.format) {
    case 'markdown':
      return text.text.trim();
    case 'plain_text':
      return plainToMarkdown(text.text);
    case 'moodle_auto_format':
      return autoToMarkdown(text.text);
    case 'html':
      return htmlToMarkdown(text.text);
  }
}

/** Our Markdown as a Moodle text: Moodle renders `markdown` itself, so nothing is lost. */
export function fromMarkdown(markdown: string): MoodleText {
  return { text: markdown, format: 'markdown', files: [] };
}
