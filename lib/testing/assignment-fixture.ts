import { SOURCE_ID } from './content-fixture';

/** An assignment file for the content fixture's module mod-a: text and files, pass mark 60, two criteria of 0/2/4 points. */
export const ASSIGNMENT_FILE = `---
title: Action plan
summary: Apply the module to your ministry.
required: true
passMark: 60
submission: both
sources: [${SOURCE_ID}]
rubric:
  - key: diagnosis
    title: Diagnosis
    levels:
      - { title: Missing, points: 0, descriptor: No diagnosis. }
      - { title: Partial, points: 2, descriptor: Some stages named. }
      - { title: Full, points: 4, descriptor: Every stage placed with evidence. }
  - key: governance
    title: Governance
    levels:
      - { title: Missing, points: 0, descriptor: No steps. }
      - { title: Partial, points: 2, descriptor: Steps without owners. }
      - { title: Full, points: 4, descriptor: Steps with owners and dates. }
---

## Your plan

Write it.

**Source:** "A test document", by a test author.
`;

/** Adds the assignment to mod-a of a content fixture (module.yaml lists it, the file under assignments/). */
export function addAssignment(fixture: { write: (path: string, text: string) => void; root: string }, moduleYaml: string): void {
  fixture.write('content/modules/mod-a/module.yaml', `${moduleYaml.trimEnd()}\nassignments:\n  - action-plan\n`);
  fixture.write('content/modules/mod-a/assignments/action-plan.md', ASSIGNMENT_FILE);
}
