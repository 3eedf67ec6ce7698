import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAssignment, ASSIGNMENT_FILE } from '@/lib/testing/assignment-fixture';
import { createContentFixture, type ContentFixture } from '@/lib/testing/content-fixture';
import { buildSnapshot } from './snapshot';
import { modulePackageFiles } from './module-package';
import { loadContentTree } from './load-tree';

let fixture: ContentFixture;
const MODULE = 'content/modules/mod-a/module.yaml';
const FILE = 'content/modules/mod-a/assignments/action-plan.md';
beforeEach(() => {
  fixture = createContentFixture();
  addAssignment(fixture, readFileSync(join(fixture.root, MODULE), 'utf8'));
});
afterEach(() => fixture.cleanup());

/** Paths in errors are relative to the working directory; the fixture lives elsewhere. */
const rel = (path: string) => path.slice(path.indexOf('content/'));
const load = () => loadContentTree(fixture.contentDir, fixture.seedsDir);
const errors = () => {
  const result = load();
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('assignment files', () => {
  it('loads the assignment listed in module.yaml with its rubric and brief', () => {
    const result = load();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [assignment] = result.tree.modules[0]!.assignments;
    expect(assignment).toMatchObject({ key: 'action-plan', title: 'Action plan', required: true, passMark: 60, submission: 'both' });
    expect(rel(assignment!.file)).toBe(FILE);
    expect(assignment!.rubric.map((c) => c.key)).toEqual(['diagnosis', 'governance']);
    expect(assignment!.brief).toContain('## Your plan');
  });

  it.each([
    ['a rubric level without points', (t: string) => t.replace('{ title: Missing, points: 0, descriptor: No diagnosis. }', '{ title: Missing, descriptor: No diagnosis. }'), 'rubric[0].levels[0].points'],
    ['an unknown submission kind', (t: string) => t.replace('submission: both', 'submission: video'), 'submission: must be text, files or both'],
    ['a pass mark over 100', (t: string) => t.replace('passMark: 60', 'passMark: 120'), 'passMark: at most 100'],
    ['a repeated criterion key', (t: string) => t.replace('key: governance', 'key: diagnosis'), 'duplicate criterion "diagnosis"'],
    ['a brief without a closing source line', (t: string) => t.replace('**Source:** "A test document", by a test author.', 'Thanks.'), 'the brief must end with a line starting "**Source:**"'],
  ])('names the file, line and field for %s', (_name, change, message) => {
    fixture.write(FILE, change(ASSIGNMENT_FILE));
    const [error] = errors();
    expect(rel(error!.file)).toBe(FILE);
    expect(error!.line).toBeGreaterThan(0);
    expect(error!.message).toContain(message);
  });

  it('refuses a listed assignment without a file, and a file not listed', () => {
    fixture.write(MODULE, readFileSync(join(fixture.root, MODULE), 'utf8').replace('  - action-plan', '  - other-plan'));
    const found = errors().map((e) => [rel(e.file), e.message.replace(/\S*content\//g, 'content/')]);
    expect(found).toEqual([
      [MODULE, 'assignment "other-plan" is listed but content/modules/mod-a/assignments/other-plan.md does not exist'],
      [FILE, `assignment file is not listed in ${MODULE}`],
    ]);
  });

  it('renders the brief once in the snapshot and writes the same file back into a package', () => {
    const result = load();
    if (!result.ok) throw new Error('invalid');
    const mod = result.tree.modules[0]!;
    const { key, title, summary, required, passMark, submission, rubric, sources, brief } = mod.assignments[0]!;
    const draft = { key, title, summary, required, passMark, submission, rubric, sources, brief };
    const snapshot = buildSnapshot({ title: 'M', summary: '', objectives: ['o'], lessons: [], quiz: null, assignments: [draft] });
    expect(snapshot.assignments[0]).toMatchObject({ key, position: 0, passMark: 60 });
    expect(snapshot.assignments[0]!.html).toContain('<h2');
    const files = modulePackageFiles({ slug: 'mod-a', title: 'M', summary: '', selfEnrol: true, objectives: ['o'], lessons: [], quiz: null, assignments: [draft] });
    expect(files['modules/mod-a/module.yaml']).toContain('assignments:\n  - action-plan');
    expect(files['modules/mod-a/assignments/action-plan.md']).toContain('passMark: 60');
    expect(files['modules/mod-a/assignments/action-plan.md']).toContain('## Your plan');
  });
});
