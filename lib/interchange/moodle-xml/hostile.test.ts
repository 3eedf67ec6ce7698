import { describe, expect, it } from 'vitest';
import { MoodleXmlError } from './errors';
import { MAX_MOODLE_XML_BYTES, parseMoodleXml } from './parse';

function refusal(xml: string, options?: Parameters<typeof parseMoodleXml>[1]): MoodleXmlError {
  try {
    parseMoodleXml(xml, options);
  } catch (error) {
    if (error instanceof MoodleXmlError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const description = (n: number) =>
  `<question type="description"><name><text>Q${n}</text></name><questiontext><text>T</text></questiontext></question>`;

describe('parseMoodleXml: hostile and broken files', () => {
  it('refuses an entity bomb before parsing it', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE quiz [
  <!ENTITY a "aaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<quiz><question type="description"><name><text>&c;</text></name></question></quiz>`;
    expect(refusal(bomb)).toMatchObject({ code: 'doctype' });
  });

  it('refuses external entities', () => {
    const external =
      '<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz><question type="description"><name><text>&x;</text></name></question></quiz>';
    expect(refusal(external).message).toBe('the file declares a DOCTYPE or entities, which Moodle XML never does; it was not read');
  });

  it('still reads a DOCTYPE that is only text inside CDATA', () => {
    const result = parseMoodleXml(
      `<quiz><question type="description"><name><text>Q</text></name><questiontext format="html"><text><![CDATA[<!DOCTYPE html> is markup]]></text></questiontext></question></quiz>`,
    );
    expect(result.questions[0]?.questionText.text).toBe('<!DOCTYPE html> is markup');
  });

  it('refuses an 11 MB file with its size and the limit', () => {
    const wrapper = ['<quiz><!--', '--></quiz>'];
    const padding = 'x'.repeat(11 * 1024 * 1024 - wrapper.join('').length);
    const error = refusal(`${wrapper[0]}${padding}${wrapper[1]}`);
    expect(error).toMatchObject({ code: 'too-large', values: { size: 11, limit: 10 } });
    expect(error.message).toBe('the file is 11 MB; the limit is 10 MB');
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = 'é'.repeat(60);
    expect(refusal(`<quiz>${text}</quiz>`, { maxBytes: 100 })).toMatchObject({ code: 'too-large' });
    expect(MAX_MOODLE_XML_BYTES).toBe(10 * 1024 * 1024);
  });

  it('gives one clear error with the line for malformed XML', () => {
    const error = refusal('<quiz>\n  <question type="description">\n    <name><text>Q</text></nam>\n  </question>\n</quiz>');
    expect(error.code).toBe('malformed');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^the XML is not well-formed \(line 3\): /);
  });

  it('refuses XML that is not a Moodle question file', () => {
    expect(refusal('<rss><channel/></rss>')).toMatchObject({ code: 'not-quiz' });
  });

  it('refuses absurd nesting with a clear error instead of crashing', () => {
    const deep = `<quiz>${'<a>'.repeat(500)}${'</a>'.repeat(500)}</quiz>`;
    expect(refusal(deep).code).toBe('malformed');
  });

  it('reads at most the question limit and says how many more there were', () => {
    const xml = `<quiz><question type="category"><category><text>$course$/A</text></category></question>${[1, 2, 3, 4, 5].map(description).join('')}</quiz>`;
    const result = parseMoodleXml(xml, { maxQuestions: 2 });
    expect(result.questions.map((q) => q.name)).toEqual(['Q1', 'Q2']);
    expect(result.capped).toEqual({ limit: 2, more: 3 });
  });

  it('lists unknown types as skipped, never guessing at them', () => {
    const result = parseMoodleXml(
      `<quiz><question type="calculated"><name><text>Calc</text></name><questiontext><text>{a}+{b}</text></questiontext><answer fraction="100"><text>{a}+{b}</text></answer></question>
       <question type="someplugin"><name><text>Odd</text></name></question></quiz>`,
    );
    expect(result.questions).toEqual([]);
    expect(result.skipped.map((s) => [s.name, s.code, s.reason])).toEqual([
      ['Calc', 'unsupported-type', 'calculated questions are not supported'],
      ['Odd', 'unsupported-type', 'the question type "someplugin" is not supported'],
    ]);
  });

  it('skips a question without a name', () => {
    const result = parseMoodleXml('<quiz><question type="description"><questiontext><text>T</text></questiontext></question></quiz>');
    expect(result.skipped).toMatchObject([{ code: 'invalid', reason: 'the question has no <name>' }]);
  });
});
