import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render';

describe('renderMarkdown', () => {
  it.each([
    ['level-2 and level-3 headings', '## Start\n\n### Detail', ['<h2>Start</h2>', '<h3>Detail</h3>']],
    ['ordered and unordered lists', '1. one\n2. two\n\n- a\n- b', ['<ol>', '<li>one</li>', '<ul>', '<li>b</li>']],
    ['GFM tables', '| Q | A |\n|---|---|\n| why | because |', ['<table>', '<th>Q</th>', '<td>because</td>']],
    ['images with alt text', '![A slide](lectures/slide.png)', ['<img src="lectures/slide.png" alt="A slide">']],
    ['links', '[UNPOG](https://unpog.org)', ['<a href="https://unpog.org">UNPOG</a>']],
    ['block quotes', '> A quotation', ['<blockquote>', '<p>A quotation</p>']],
    ['fenced code', '```ts\nconst a = 1;\n```', ['<pre><code class="language-ts">const a = 1;\n</code></pre>']],
    ['emphasis and strong', '**Source:** *x*', ['<strong>Source:</strong>', '<em>x</em>']],
  ])('keeps %s', (_name, markdown, fragments) => {
    const html = renderMarkdown(markdown);
    for (const fragment of fragments) expect(html).toContain(fragment);
  });

  it('removes <script> blocks and their contents', () => {
    const html = renderMarkdown('Before\n\n<script>alert("x")</script>\n\nAfter');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert');
    expect(html).toContain('<p>After</p>');
  });

  it('removes inline HTML but keeps the surrounding text', () => {
    const html = renderMarkdown('Some <b>bold</b> and <iframe src="https://evil.test"></iframe> text');
    expect(html).not.toMatch(/<b>|<iframe/i);
    expect(html).toContain('bold');
    expect(html).toContain('text');
  });

  it('drops javascript: hrefs from Markdown links and references', () => {
    const html = renderMarkdown('[click](javascript:alert(1)) and [ref][r]\n\n[r]: JavaScript:alert(2)');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('click');
  });

  it('leaves no event-handler attributes', () => {
    const html = renderMarkdown('<img src="x" onerror="alert(1)">\n\n![ok](a.png)\n\n<p onclick="x">p</p>');
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).toContain('<img src="a.png" alt="ok">');
  });

  it('renders an empty document as an empty string', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
