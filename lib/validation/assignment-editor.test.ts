import { describe, expect, it } from 'vitest';
import { parseRubricYaml } from './assignment-editor';

describe('parseRubricYaml', () => {
  it('reads criteria and levels', () => {
    const result = parseRubricYaml('- key: plan\n  title: Plan\n  levels:\n    - { title: Weak, points: 0, descriptor: Missing. }\n    - { title: Good, points: 3, descriptor: Complete. }\n');
    expect(result).toEqual({ ok: true, rubric: [{ key: 'plan', title: 'Plan', levels: [{ title: 'Weak', points: 0, descriptor: 'Missing.' }, { title: 'Good', points: 3, descriptor: 'Complete.' }] }] });
  });

  it.each([
    ['- key: plan\n  title: [unclosed\n', 'line'],
    ['- key: plan\n  title: Plan\n  levels:\n    - { title: Weak, points: -1, descriptor: Missing. }\n    - { title: Good, points: 3, descriptor: Complete. }\n', 'criterion 1, level 1, points'],
    ['- key: plan\n  title: Plan\n  levels:\n    - { title: Only, points: 3, descriptor: One. }\n', 'criterion 1, levels'],
  ])('says where the problem is in %j', (text, where) => {
    const result = parseRubricYaml(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.where).toContain(where);
  });

  it.each([
    ['an alias with no anchor (a title typed as *Plan*)', '- key: plan\n  title: *Plan*\n  levels: []\n'],
    ['an alias bomb', 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c]\n'],
  ])('refuses %s as a problem with the rubric (the library throws there, which was a 500)', (_name, text) => {
    const result = parseRubricYaml(text);
    expect(result).toMatchObject({ ok: false, where: 'rubric' });
  });
});
