import { describe, expect, it } from 'vitest';
import { categorySegments } from './categories';
import { resolvePluginFiles } from './files';
import { parseMoodleXml } from './parse';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]).toString('base64');

function withText(html: string, files: string): ReturnType<typeof parseMoodleXml> {
  return parseMoodleXml(`<quiz><question type="truefalse"><name><text>Moodle acronym</text></name>
    <questiontext format="html"><text><![CDATA[${html}]]></text>${files}</questiontext>
    <generalfeedback format="html"><text><![CDATA[<p><img src="@@PLUGINFILE@@/infos.jpg" alt="Informations"></p>]]></text>
<file name="infos.jpg" encoding="base64">${JPEG}</file></generalfeedback>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`);
}

describe('embedded @@PLUGINFILE@@ images (fixtures/truefalse.xml)', () => {
  it('decodes referenced PNG and JPEG files for the caller to store', () => {
    const result = withText(
      '<p>Moodle <img src="@@PLUGINFILE@@/my%20logo.png" alt="logo"> is</p>',
      `<file name="my logo.png" encoding="base64">${PNG}</file>`,
    );
    expect(result.warnings).toEqual([]);
    expect(result.images.map(({ question, reference, name, mime }) => ({ question, reference, name, mime }))).toEqual([
      { question: 0, reference: '/my%20logo.png', name: 'my-logo.png', mime: 'image/png' },
      { question: 0, reference: '/infos.jpg', name: 'infos.jpg', mime: 'image/jpeg' },
    ]);
    expect(result.images[0]?.bytes.subarray(0, 4)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it('warns about a referenced file that is missing from the XML', () => {
    const result = withText('<img src="@@PLUGINFILE@@/logo.jpg">', '');
    expect(result.warnings).toEqual([
      { question: 'Moodle acronym', message: 'the file "logo.jpg" is referenced but not included in the XML, so it will not show' },
    ]);
  });

  it('warns about files that are not PNG or JPEG, judged by content (test_import_files_as_draft)', () => {
    const result = withText(
      '<a href="@@PLUGINFILE@@/moodle.txt">This text file</a> <img src="@@PLUGINFILE@@/fake.png">',
      '<file name="moodle.txt" encoding="base64">TW9vZGxl</file><file name="fake.png" encoding="base64">TW9vZGxl</file>',
    );
    expect(result.warnings.map((w) => w.message)).toEqual([
      'the file "moodle.txt" is not a PNG or JPEG image, so it was not imported',
      'the file "fake.png" is not a PNG or JPEG image, so it was not imported',
    ]);
    expect(result.images.map((image) => image.name)).toEqual(['infos.jpg']);
  });

  it('reads the pre-2.0 <image> tag as an image appended to the text (fixtures/sample_questions_with_old_image_tag.xml)', () => {
    const result = parseMoodleXml(`<quiz><question type="description"><name><text>Old</text></name>
      <questiontext format="html"><text>Look:</text></questiontext><image>pics/dot.png</image><image_base64>${PNG}</image_base64></question></quiz>`);
    expect(result.questions[0]?.questionText).toEqual({
      text: 'Look: <img src="@@PLUGINFILE@@/pics_dot.png" />',
      format: 'html',
      files: [{ name: 'pics_dot.png', path: '/', base64: PNG }],
    });
    expect(result.images.map((image) => image.reference)).toEqual(['/pics_dot.png']);
  });

  it('resolves references to stored URLs and leaves unknown ones', () => {
    const urls = new Map([['/logo.png', '/media/bank/logo-1.png']]);
    expect(resolvePluginFiles('![a](@@PLUGINFILE@@/logo.png) ![b](@@PLUGINFILE@@/other.png)', urls)).toBe(
      '![a](/media/bank/logo-1.png) ![b](@@PLUGINFILE@@/other.png)',
    );
  });
});

describe('categorySegments', () => {
  it.each([
    ['$course$/Default for testhead/Multichoice', ['Default for testhead', 'Multichoice']],
    ['$system$/Top', ['Top']],
    ['$cat1$/A//B/C', ['A/B', 'C']],
    ['Plain/Path', ['Plain', 'Path']],
    ['$course$', []],
  ])('%s', (path, segments) => {
    expect(categorySegments(path)).toEqual(segments);
  });
});
