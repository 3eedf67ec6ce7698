import { describe, expect, it } from 'vitest';
import { findMentions, foldName, mentionedIds } from './mentions';

const members = [
  { id: 1, name: 'Ahmad Wali Sultani' },
  { id: 2, name: 'Dana Nurpeisova' },
  { id: 3, name: 'احمد ولی سلطانی' },
  { id: 4, name: 'Dana Smith' },
  { id: 5, name: 'زرغونه ستانکزی' },
  { id: 6, name: "Mere O'Neill" },
];

const names = (text: string) => findMentions(text, members).map((m) => text.slice(m.start, m.end));

describe('findMentions', () => {
  it.each<[string, string, number[]]>([
    ['a first name', 'Thanks @Ahmad for the slides.', [1]],
    ['a full name in brackets', 'As @[Ahmad Wali Sultani] said.', [1]],
    ['a full name without spaces', 'cc @AhmadWaliSultani', [1]],
    ['another case', 'cc @ahmad and @[dana nurpeisova]', [1, 2]],
    ['an Arabic-script first name', 'سلام @احمد، تشکر', [3]],
    ['an Arabic-script full name in brackets', 'به نظر @[احمد ولی سلطانی] موافقم', [3]],
    ['Arabic yeh and kaf typed for Persian ones', '@[احمد ولي سلطاني] و @[زرغونه ستانكزي]', [3, 5]],
    ['an apostrophe inside a bracketed name', "@[Mere O'Neill] agrees", [6]],
    ['an ambiguous first name mentions nobody', 'Hi @Dana', []],
    ['but the full name does', 'Hi @[Dana Smith] and @DanaNurpeisova', [4, 2]],
    ['an unknown name', 'Hi @Nobody and @[No One]', []],
    ['an email address is not a mention', 'write to ahmad@example.org', []],
    ['a repeated mention is found each time', '@Ahmad, @Ahmad!', [1, 1]],
  ])('%s', (_label, text, ids) => {
    expect(findMentions(text, members).map((m) => m.userId)).toEqual(ids);
  });

  it('gives the exact span of each mention, without trailing punctuation', () => {
    expect(names('Thanks @Ahmad- and @[Dana Smith]. And @احمد.')).toEqual(['@Ahmad', '@[Dana Smith]', '@احمد']);
  });

  it('finds nothing without members or without an @', () => {
    expect(findMentions('@Ahmad', [])).toEqual([]);
    expect(findMentions('Ahmad', members)).toEqual([]);
  });
});

describe('mentionedIds and foldName', () => {
  it('lists each mentioned member once', () => {
    expect(mentionedIds('@Ahmad @[Ahmad Wali Sultani] @[Dana Smith]', members)).toEqual([1, 4]);
  });

  it('folds case, spacing and Persian letter forms', () => {
    expect(foldName('  Ahmad   WALI ')).toBe('ahmad wali');
    expect(foldName('ولي كابل')).toBe('ولی کابل');
  });
});
