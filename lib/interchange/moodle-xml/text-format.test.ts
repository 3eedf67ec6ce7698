import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/render';
import { htmlToMarkdown } from './html-to-markdown';
import { toMarkdown } from './text-format';
import type { MoodleTextFormat } from './types';

const md = (text: string, format: MoodleTextFormat) => toMarkdown({ text, format, files: [] });

describe('toMarkdown', () => {
  it.each([
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['emphasis', '<p>Grade <b>generously</b> and <em>kindly</em>!</p>', 'Grade **generously** and *kindly*!'],
    ['line breaks', 'one<br>two<br />three', 'one\\\ntwo\\\nthree'],
    [
      'links',
      '<a href="https://docs.moodle.org/en/About_Moodle" title="x">documentation</a>',
      '[documentation](https://docs.moodle.org/en/About_Moodle)',
    ],
    [
      'images from the file area',
      '<img src="@@PLUGINFILE@@/logo.jpg" alt="Moodle logo" width="48" />',
      '![Moodle logo](@@PLUGINFILE@@/logo.jpg)',
    ],
    ['lists', '<ul><li>a</li><li>b<ol><li>c</li></ol></li></ul>', '- a\n- b\n  1. c'],
    ['headings', '<h3>Title</h3><p>Body</p>', '### Title\n\nBody'],
    ['code blocks', '<pre>if (a &lt; b) {\n  x();\n}</pre>', '```\nif (a < b) {\n  x();\n}\n```'],
    ['entities', '<p>caf&eacute; &amp; 5 &lt; 6 &#8211; &#x263A; &amp;lt;</p>', 'caf&eacute; & 5 \\< 6 – ☺ \\&lt;'],
    ['whitespace', '<p>\n   spread\n   out   </p>', 'spread out'],
    ['spans and styles', '<span style="font-style: italic;">Modular</span> thing', 'Modular thing'],
  ])('converts HTML %s', (_name, html, expected) => {
    expect(md(html, 'html')).toBe(expected);
  });

  it.each([
    ['script', '<p>Hi</p><script>alert("x")</script><p>there</p>'],
    ['style', '<style>p{color:red}</style><p>Hi</p>'],
    ['iframe', '<iframe src="https://evil.test">fallback</iframe>Hi'],
  ])('drops a %s with its content', (_name, html) => {
    const out = md(html, 'html');
    expect(out).not.toMatch(/alert|color|fallback|evil/);
    expect(out).toContain('Hi');
  });

  it('drops javascript: links and event handlers, keeping the text', () => {
    const out = md(
      '<a href=" JaVaScRiPt:alert(1)">click</a> <img src="x.png" onerror="alert(1)" alt="pic"> <img src="javascript:alert(2)">',
      'html',
    );
    expect(out).toBe('click ![pic](x.png)');
  });

  it('escapes text so HTML in it never renders', () => {
    const out = md('<p>&lt;img src=x onerror=alert(1)&gt; and *stars*</p>', 'html');
    expect(out).toBe('\\<img src=x onerror=alert(1)\\> and \\*stars\\*');
    const rendered = renderMarkdown(out);
    expect(rendered).not.toMatch(/<img/);
    expect(rendered).toContain('*stars*');
  });

  it('leaves named references it does not know to the Markdown renderer', () => {
    expect(renderMarkdown(md('<p>caf&eacute; &amp;lt;</p>', 'html'))).toBe('<p>café &#x26;lt;</p>');
  });

  it.each([
    ['a gap', 'Alpha, ________, Gamma', 'Alpha, ________, Gamma'],
    ['a snake_case name', 'use snake_case here', 'use snake_case here'],
    ['emphasis-like underscores', '_not emphasis_ and (_x_)', '_not emphasis\\_ and (\\_x\\_)'],
  ])('escapes underscores only where they could make emphasis: %s', (_name, plain, expected) => {
    expect(md(plain, 'plain_text')).toBe(expected);
    expect(renderMarkdown(expected)).not.toContain('<em>');
  });

  it('judges underscores by what the output puts before them', () => {
    const out = md('<p><b>bold</b>_x_ and caf&#233;_ end</p>', 'html');
    expect(out).toBe('**bold**\\_x\\_ and café\\_ end');
    expect(renderMarkdown(out)).not.toContain('<em>');
  });

  it('turns plain text into literal Markdown with its line breaks', () => {
    expect(md('2 * 3 = 6\nnext line\n\n# not a heading', 'plain_text')).toBe('2 \\* 3 = 6\\\nnext line\n\n\\# not a heading');
  });

  it('turns Moodle auto-format into paragraphs and breaks', () => {
    expect(md('Write something.', 'moodle_auto_format')).toBe('Write something.');
    expect(md('First line\nsecond line\n\nNew <b>paragraph</b>', 'moodle_auto_format')).toBe(
      'First line\\\nsecond line\n\nNew **paragraph**',
    );
  });

  it('keeps Markdown as written', () => {
    expect(md('  **bold**\n\n- item  ', 'markdown')).toBe('**bold**\n\n- item');
  });

  it('ignores comments and stray angle brackets', () => {
    expect(htmlToMarkdown('a <!-- hidden --> b < c')).toBe('a b \\< c');
  });
});
