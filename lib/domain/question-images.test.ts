import { describe, expect, it } from 'vitest';
import { questionImagesIn, replaceQuestionImageUrls, splitQuestionImages } from './question-images';

const url = '/api/question-images/0123456789abcdef-logo.png';

describe('question images in text', () => {
  it('splits text around our stored images only', () => {
    expect(splitQuestionImages(`Is ![our \\_logo](${url}) right? ![x](https://evil.example/a.png)`)).toEqual([
      { text: 'Is ' },
      { image: { src: url, alt: 'our _logo' } },
      { text: ' right? ![x](https://evil.example/a.png)' },
    ]);
    expect(splitQuestionImages('No image')).toEqual([{ text: 'No image' }]);
  });

  it('finds and replaces the stored names a text mentions', () => {
    const text = `![a](${url}) and again ${url}`;
    expect(questionImagesIn(text)).toEqual(['0123456789abcdef-logo.png']);
    expect(replaceQuestionImageUrls(text, (name) => `@@PLUGINFILE@@/${name.slice(17)}`)).toBe('![a](@@PLUGINFILE@@/logo.png) and again @@PLUGINFILE@@/logo.png');
  });
});
