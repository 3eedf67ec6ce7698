/** Translation files for the content fixture (lib/testing/content-fixture.ts): a complete Dari translation of mod-a. */

export const dariTranslation: Record<string, string> = {
  'content/modules/mod-a/module.fa-AF.yaml': 'title: ماژول الف\nsummary: ماژول اول.\nobjectives:\n  - چیز اول را توضیح دهید.\n  - چیز دوم را توضیح دهید.\n',
  'content/modules/mod-a/lessons/01-intro.fa-AF.md': '---\ntitle: مقدمه\nlecture:\n  title: لکچر مقدماتی\n---\n\n## از اینجا آغاز کنید\n\nمتن.\n\n**منبع:** "A test document", by a test author.\n',
  'content/modules/mod-a/lectures/intro.fa-AF.vtt': 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nخوش آمدید.\n\n00:00:02.000 --> 00:00:05.000\nاین مقدمه است.\n',
  'content/modules/mod-a/quiz.fa-AF.yaml': `title: آزمون ماژول الف
questions:
  - key: pick-one
    prompt: یکی را انتخاب کنید.
    explanation: زیرا.
    options:
      - text: درست
      - text: نادرست
        feedback: این یکی نه.
  - key: pick-many
    prompt: چند تا را انتخاب کنید.
    explanation: زیرا.
    options: [{ text: الف }, { text: ب }, { text: ج }]
  - key: is-true
    prompt: آیا درست است؟
    explanation: است.
  - key: year
    prompt: کدام سال؟
    accepted: ["۱۹۹۸"]
    explanation: آن سال.
  - key: match-up
    prompt: جوړه کنید.
    explanation: چنین.
    pairs:
      - { left: یک, right: "۱" }
      - { left: دو, right: "۲" }
  - key: in-order
    prompt: ترتیب دهید.
    explanation: به این ترتیب.
    items: [اول, دوم, سوم]
`,
};
