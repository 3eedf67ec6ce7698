import { describe, expect, it } from 'vitest';
import { composeEmail, escapeHtml, type EmailParts } from './compose';

const parts: EmailParts = {
  locale: 'ps',
  subject: 'Subject <x>',
  greeting: 'سلام <script>alert(1)</script>،',
  paragraphs: ['A & B', 'Second "quoted"'],
  items: [{ text: 'Item <i>', url: 'https://academy.example.org/learn?a=1&b=2' }, { text: 'Plain item' }],
  action: { label: 'Open', url: 'https://academy.example.org/learn' },
  footer: ['Why'],
  footerLinks: [{ label: 'Stop', url: 'https://academy.example.org/unsubscribe?token=1.event.x' }],
};

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('composeEmail', () => {
  const email = composeEmail(parts);

  it('sets the language and direction of the HTML, right to left for Pashto', () => {
    expect(email.html).toContain('<html lang="ps" dir="rtl">');
    expect(composeEmail({ ...parts, locale: 'en' }).html).toContain('<html lang="en" dir="ltr">');
  });

  it('escapes every piece of text and link in the HTML', () => {
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('<title>Subject &lt;x&gt;</title>');
    expect(email.html).toContain('<a href="https://academy.example.org/learn?a=1&amp;b=2">Item &lt;i&gt;</a>');
    expect(email.html).toContain('<li>Plain item</li>');
  });

  it('writes a plain-text version with every link spelled out', () => {
    expect(email.subject).toBe('Subject <x>');
    expect(email.text).toContain('A & B\n\nSecond "quoted"');
    expect(email.text).toContain('- Item <i>\n  https://academy.example.org/learn?a=1&b=2');
    expect(email.text).toContain('Open: https://academy.example.org/learn');
    expect(email.text.trimEnd().endsWith('Stop: https://academy.example.org/unsubscribe?token=1.event.x')).toBe(true);
  });
});
