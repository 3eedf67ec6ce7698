import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const SOURCE_ID = '000_0123456789abcdef';

const files: Record<string, string> = {
  'content/programmes/test-programme.yaml': `slug: test-programme
title: Test programme
summary: A programme for tests.
modules:
  - mod-a
`,
  'content/modules/mod-a/module.yaml': `slug: mod-a
title: Module A
summary: The first module.
selfEnrol: true
objectives:
  - Explain the first thing.
  - Explain the second thing.
lessons:
  - 01-intro
  - 02-more
`,
  'content/modules/mod-a/lessons/01-intro.md': `---
title: Introduction
summary: Where it starts.
minutes: 10
sources:
  - ${SOURCE_ID}
lecture:
  title: The intro lecture
  video: lectures/intro.mp4
  captions: lectures/intro.vtt
---

## Start here

Some **text** with a [link](https://example.org).

**Source:** "A test document", by a test author.
`,
  'content/modules/mod-a/lessons/02-more.md': `---
title: More
minutes: 5
required: false
sources: [${SOURCE_ID}]
---

## More things

- one
- two

**Source:** "A test document", by a test author.
`,
  'content/modules/mod-a/lectures/intro.vtt': `WEBVTT

00:00:00.000 --> 00:00:02.000
Welcome.

00:00:02.000 --> 00:00:05.000
This is the intro.
`,
  'content/modules/mod-a/quiz.yaml': `title: Module A quiz
passMark: 60
questions:
  - key: pick-one
    type: single
    prompt: Pick one.
    explanation: Because.
    options:
      - text: Right
        correct: true
      - text: Wrong
        feedback: Not this one.
  - key: pick-many
    type: multiple
    points: 2
    prompt: Pick many.
    explanation: Because.
    options:
      - text: A
        correct: true
      - text: B
        correct: true
      - text: C
  - key: is-true
    type: truefalse
    prompt: Is it true?
    answer: true
    explanation: It is.
  - key: year
    type: short
    prompt: Which year?
    accepted: [1998]
    explanation: That year.
  - key: match-up
    type: matching
    prompt: Match them.
    explanation: Like this.
    pairs:
      - { left: One, right: "1" }
      - { left: Two, right: "2" }
  - key: in-order
    type: ordering
    prompt: Order them.
    explanation: In this order.
    items: [First, Second, Third]
`,
  [`seeds/${SOURCE_ID}.txt`]: 'A test document, by a test author.\n',
};

/** A small valid content tree in a fresh temp folder, with helpers to break it. */
export function createContentFixture() {
  const root = mkdtempSync(join(tmpdir(), 'cio-content-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  return {
    root,
    contentDir: join(root, 'content'),
    seedsDir: join(root, 'seeds'),
    write,
    remove: (path: string) => rmSync(join(root, path)),
    /** The name errors use for a fixture file: relative to the working directory. */
    displayed: (path: string) => relative(process.cwd(), join(root, path)),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export type ContentFixture = ReturnType<typeof createContentFixture>;
