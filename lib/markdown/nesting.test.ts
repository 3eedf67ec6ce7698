import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_NESTING, MAX_INLINE_NESTING, markdownNestingIssue } from './nesting';
import { renderMarkdown, TOO_DEEP_HTML } from './render';

const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');

describe('markdownNestingIssue', () => {
  it.each([
    ['ordinary prose', '## Title\n\nSome **bold**, *italic*, ~~struck~~ and [a link](https://x.org).\n\n> A quote\n> > nested'],
    ['snake_case and __dunder__ words', 'Call __init__ with file_name_here and 2*3*4.'],
    ['a list nested eight deep', nestedList(8)],
    ['indented code', '```\n' + '    '.repeat(12) + 'return x;\n```'],
    ['many balanced brackets', '[a](b) '.repeat(500)],
    ['many bold words in one paragraph', '**word** '.repeat(500)],
  ])('accepts %s', (_name, markdown) => {
    expect(markdownNestingIssue(markdown)).toBeNull();
  });

  it.each([
    ['block quotes', '> '.repeat(20_000) + 'x', 'blocks'],
    ['list markers on one line', '- '.repeat(MAX_BLOCK_NESTING + 1) + 'x', 'blocks'],
    ['ordered list markers', '1. '.repeat(5_000), 'blocks'],
    ['lists nested by indentation', nestedList(40), 'blocks'],
    ['one long emphasis run', '*'.repeat(3_000) + 'x' + '*'.repeat(3_000), 'inline'],
    ['emphasis opened word by word', '*a '.repeat(3_000) + 'x' + ' a*'.repeat(3_000), 'inline'],
    ['strikethrough opened word by word', '~~a '.repeat(MAX_INLINE_NESTING) + 'x', 'inline'],
    ['link brackets', '['.repeat(3_000) + 'x' + '](u)'.repeat(3_000), 'inline'],
    ['openers spread over the lines of one paragraph', '*a\n'.repeat(MAX_INLINE_NESTING + 1), 'inline'],
  ])('refuses %s', (_name, markdown, kind) => {
    expect(markdownNestingIssue(markdown)).toMatchObject({ kind });
  });

  it('names the first line past the limit', () => {
    expect(markdownNestingIssue(`ok\n\n${'> '.repeat(MAX_BLOCK_NESTING + 1)}x`)).toEqual({ kind: 'blocks', line: 3, limit: MAX_BLOCK_NESTING });
  });

  it('starts afresh after a blank line', () => {
    expect(markdownNestingIssue('*a '.repeat(MAX_INLINE_NESTING) + '\n\n' + '*a '.repeat(MAX_INLINE_NESTING))).toBeNull();
  });
});

describe('renderMarkdown with over-deep input', () => {
  it('answers at once with a notice instead of overflowing the stack', () => {
    const started = Date.now();
    expect(renderMarkdown('> '.repeat(20_000) + 'x')).toBe(TOO_DEEP_HTML);
    expect(renderMarkdown('*a '.repeat(20_000) + 'x')).toBe(TOO_DEEP_HTML);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('still renders nesting up to the limit', () => {
    expect(renderMarkdown('> '.repeat(MAX_BLOCK_NESTING) + 'deep')).toContain('deep');
  });
});
