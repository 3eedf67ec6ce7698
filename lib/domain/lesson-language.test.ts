import { describe, expect, it } from 'vitest';
import { localiseLesson } from './lesson-language';

const english = {
  title: 'Intro',
  summary: 'Start',
  html: '<p>Hello</p>',
  minutes: 5,
  lecture: { title: 'Talk', video: 'lectures/a.mp4', captions: 'lectures/a.vtt' },
  captionsVtt: 'WEBVTT english',
};

describe('localiseLesson', () => {
  it('uses the translation over the English lesson, keeping what is shared', () => {
    const translation = { title: 'مقدمه', summary: 'آغاز', html: '<p>سلام</p>', lectureTitle: null, captionsVtt: 'WEBVTT dari' };
    expect(localiseLesson('fa-AF', english, translation)).toEqual({
      value: { ...english, title: 'مقدمه', summary: 'آغاز', html: '<p>سلام</p>', captionsVtt: 'WEBVTT dari' },
      lang: 'fa-AF',
      dir: 'rtl',
      fallback: false,
    });
  });

  it('falls back to English, marked, when the lesson is not translated', () => {
    expect(localiseLesson('ps', english, null)).toEqual({ value: english, lang: 'en', dir: 'ltr', fallback: true });
  });
});
