import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bankToMoodleXml, readMoodleForBank } from '@/lib/interchange/moodle-xml';
import { findQuestionImage, readQuestionImage, storeBankImages } from './question-images';

const uploads = mkdtempSync(join(tmpdir(), 'cio-question-images-'));
process.env.UPLOADS_DIR = uploads;
afterAll(() => rmSync(uploads, { recursive: true, force: true }));

/** A real 1×1 PNG (the one Moodle's own fixtures embed is larger; any valid PNG will do). */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const TEXT = Buffer.from('Moodle').toString('base64');

const question = (name: string, html: string, files: string, feedback = '') => `<question type="truefalse"><name><text>${name}</text></name>
  <questiontext format="html"><text><![CDATA[${html}]]></text>${files}</questiontext>
  <generalfeedback format="html"><text><![CDATA[${feedback}]]></text></generalfeedback>
  <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`;

const xml = `<quiz>
${question('Logo', '<p>Is this <img src="@@PLUGINFILE@@/my%20logo.png" alt="our logo"> the logo?</p>', `<file name="my logo.png" path="/" encoding="base64">${PNG}</file>`)}
${question('Missing', '<p>See <img src="@@PLUGINFILE@@/gone.png"></p>', '')}
${question('Fake', '<p>See <img src="@@PLUGINFILE@@/fake.png"></p>', `<file name="fake.png" encoding="base64">${TEXT}</file>`)}
${question('Big', '<p>See <img src="@@PLUGINFILE@@/big.png"></p>', `<file name="big.png" encoding="base64">${PNG}</file>`)}
</quiz>`;

describe('Moodle XML images in a bank import', () => {
  it('stores a real PNG as an upload and points the question text at it', () => {
    const read = readMoodleForBank(xml);
    const [logo] = storeBankImages(read.questions, read.images);
    const url = /\(\/api\/question-images\/([a-f0-9]{16}-my-logo\.png)\)/.exec(logo?.prompt ?? '');
    expect(logo?.prompt).toMatch(/^Is this !\[our logo\]\(\/api\/question-images\/[a-f0-9]{16}-my-logo\.png\) the logo\?$/);
    const stored = readQuestionImage(url?.[1] ?? '');
    expect(stored && Buffer.from(stored).toString('base64')).toBe(PNG);
  });

  it('warns per question about an image that is missing, not an image, or too large, and stores none of them', () => {
    const read = readMoodleForBank(xml, { maxImageBytes: 40 });
    expect(read.rows.map((row) => [row.name, row.importable ? row.warnings : row.reason])).toEqual([
      ['Logo', ['the image "my logo.png" is larger than 1 KB, so it was not imported']],
      ['Missing', ['the file "gone.png" is referenced but not included in the XML, so it will not show']],
      ['Fake', ['the file "fake.png" is not a PNG or JPEG image, so it was not imported']],
      ['Big', ['the image "big.png" is larger than 1 KB, so it was not imported']],
    ]);
    expect(read.images).toEqual([]);
    const full = readMoodleForBank(xml);
    expect(full.images.map((image) => [image.question, image.reference])).toEqual([
      [0, '/my%20logo.png'],
      [3, '/big.png'],
    ]);
  });

  it('writes stored images back as <file> elements, and reading that file back stores the same image under the same URL', () => {
    const read = readMoodleForBank(xml);
    const stored = storeBankImages(read.questions, read.images);
    const written = bankToMoodleXml(
      stored.map((q, i) => ({ ...q, title: `q-${i}` })),
      'Pictures',
      readQuestionImage,
    );
    expect(written).toContain('@@PLUGINFILE@@/my-logo.png');
    expect(written).toContain(`<file name="my-logo.png" path="/" encoding="base64">${PNG}</file>`);
    const again = readMoodleForBank(written);
    const restored = storeBankImages(again.questions, again.images);
    expect(restored.map((q) => q.prompt)).toEqual(stored.map((q) => q.prompt));
    // The logo and the same bytes named big.png: two names, each stored once however often imported.
    expect(readdirSync(join(uploads, 'question-images'))).toHaveLength(2);
  });

  it('serves only names it makes', () => {
    expect(findQuestionImage('../../etc/passwd')).toBeNull();
    expect(findQuestionImage('0123456789abcdef-x.exe')).toBeNull();
    expect(findQuestionImage('0123456789abcdef-nothing.png')).toBeNull();
  });
});
