import { describe, expect, it } from 'vitest';
import { postReferences, renderPost } from './post';

const members = [
  { id: 1, name: 'Dana Nurpeisova' },
  { id: 2, name: 'احمد ولی سلطانی' },
];

describe('renderPost', () => {
  it('renders Markdown like a lesson and marks mentions of members', () => {
    const { html, mentionedIds } = renderPost('**Thanks** @Dana and @[احمد ولی سلطانی]!', members);
    expect(html).toBe(
      '<p><strong>Thanks</strong> <span class="mention" data-user-id="1">@Dana Nurpeisova</span> and <span class="mention" data-user-id="2">@احمد ولی سلطانی</span>!</p>',
    );
    expect(mentionedIds).toEqual([1, 2]);
  });

  it('mentions no one inside code or links, and drops raw HTML and unsafe URLs', () => {
    const { html, mentionedIds } = renderPost('`@Dana` [@Dana](https://example.org) <img src=x onerror=alert(1)> [x](javascript:alert(1))', members);
    expect(mentionedIds).toEqual([]);
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<code>@Dana</code>');
  });

  it('escapes what a mention wraps', () => {
    const { html } = renderPost('hi @Dana', [{ id: 3, name: 'Dana <b>' }]);
    expect(html).toContain('@Dana &#x3C;b>');
  });
});

describe('postReferences', () => {
  it('lists links, images and reference-style targets', () => {
    const markdown = 'See [the report](https://unpog.org/r.pdf), ![fig](/api/media/1/intro/files/a.png), https://example.org and ![x][pic]\n\n[pic]: https://example.org/cat.png';
    expect(postReferences(markdown)).toEqual([
      { kind: 'link', url: 'https://unpog.org/r.pdf' },
      { kind: 'image', url: '/api/media/1/intro/files/a.png' },
      { kind: 'link', url: 'https://example.org' },
      { kind: 'image', url: 'https://example.org/cat.png' },
    ]);
  });
});
