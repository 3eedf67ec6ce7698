import { describe, expect, it } from 'vitest';
import { defaultUploadLimits } from '@/lib/domain/upload-rules';
import { checkTranslatedCaptions } from './translated-captions';

const bytes = (text: string) => new TextEncoder().encode(text);
const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nبه برنامه خوش آمدید.\n';

describe('checkTranslatedCaptions', () => {
  it('keeps valid Dari captions as text (a BOM dropped)', () => {
    expect(checkTranslatedCaptions('lecture.fa-AF.vtt', bytes(`\uFEFF${VTT}`), defaultUploadLimits)).toEqual({ ok: true, vtt: VTT });
  });

  it.each([
    ['lecture.srt', VTT, 'extension'],
    ['lecture.vtt', '', 'empty'],
    ['lecture.vtt', 'MZ\u0000\u0001program', 'executable'],
    ['lecture.vtt', 'just words, no header', 'content-mismatch'],
  ])('refuses %s with %j as %s', (name, text, code) => {
    expect(checkTranslatedCaptions(name, bytes(text), defaultUploadLimits)).toMatchObject({ ok: false, refusal: { code } });
  });

  it('refuses a file over the captions limit', () => {
    expect(checkTranslatedCaptions('lecture.vtt', bytes(VTT), { ...defaultUploadLimits, captions: 10 })).toMatchObject({
      ok: false,
      refusal: { code: 'too-large' },
    });
  });

  it('names the line of a broken cue', () => {
    const broken = checkTranslatedCaptions('lecture.vtt', bytes('WEBVTT\n\n00:00:01.000 --> soon\nText\n'), defaultUploadLimits);
    expect(broken).toMatchObject({ ok: false, invalid: { name: 'lecture.vtt', line: 3 } });
  });
});
