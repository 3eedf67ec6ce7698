import { describe, expect, it } from 'vitest';
import { parseVtt, parseVttTimestamp } from './vtt';

const valid = [
  'WEBVTT - lecture captions',
  '',
  'NOTE written by the content team',
  'over two lines',
  '',
  'intro',
  '00:00:00.000 --> 00:00:04.500',
  'Welcome.',
  '',
  '00:04.500 --> 00:11.000 align:start',
  'Two lines',
  'of text.',
  '',
].join('\n');

describe('parseVttTimestamp', () => {
  it.each([
    ['00:00:04.500', 4.5],
    ['01:02:03.004', 3723.004],
    ['02:03.100', 123.1],
    ['100:00:00.000', 360000],
  ])('reads %s', (value, seconds) => {
    expect(parseVttTimestamp(value)).toBeCloseTo(seconds, 6);
  });

  it.each(['0:00.000', '00:60.000', '00:00:00,000', '00:00:00.00', 'abc'])('rejects %s', (value) => {
    expect(parseVttTimestamp(value)).toBeNull();
  });
});

describe('parseVtt', () => {
  it('parses cues with and without identifiers and skips NOTE blocks', () => {
    expect(parseVtt(valid)).toEqual({
      cues: [
        { start: 0, end: 4.5, text: 'Welcome.' },
        { start: 4.5, end: 11, text: 'Two lines\nof text.' },
      ],
    });
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const result = parseVtt(`\uFEFF${valid.replace(/\n/g, '\r\n')}`);
    expect('cues' in result && result.cues).toHaveLength(2);
  });

  it('requires the WEBVTT header', () => {
    expect(parseVtt('00:00.000 --> 00:01.000\nHi')).toEqual({
      errors: [{ line: 1, message: 'the file must start with "WEBVTT"' }],
    });
    expect(parseVtt('WEBVTTX\n\n00:00.000 --> 00:01.000\nHi')).toHaveProperty('errors');
  });

  it('reports every bad cue with its line', () => {
    const text = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:00.500',
      'Ends before it starts',
      '',
      '00:00:02.000 -> 00:00:03.000',
      'Bad arrow',
      '',
      'cue-3',
      '00:00:03.000 --> 00:00:04.000',
      '',
      '00:00:05.000 --> 00:00:06,000',
      'Comma separator',
    ].join('\n');
    expect(parseVtt(text)).toEqual({
      errors: [
        { line: 3, message: 'cue end time must be after its start time' },
        { line: 6, message: 'expected a cue timing line "hh:mm:ss.mmm --> hh:mm:ss.mmm"' },
        { line: 10, message: 'cue has no text' },
        { line: 12, message: 'malformed cue timing "00:00:05.000 --> 00:00:06,000"' },
      ],
    });
  });

  it('rejects cues that go back in time', () => {
    const text = 'WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nLater\n\n00:00:01.000 --> 00:00:02.000\nEarlier';
    expect(parseVtt(text)).toEqual({ errors: [{ line: 6, message: 'cue starts before the previous cue' }] });
  });

  it('rejects a cue glued to the header and a file without cues', () => {
    expect(parseVtt('WEBVTT\n00:00.000 --> 00:01.000\nHi')).toEqual({
      errors: [{ line: 2, message: 'a blank line must separate the header from the first cue' }],
    });
    expect(parseVtt('WEBVTT\n\nNOTE nothing here')).toEqual({ errors: [{ line: 1, message: 'the file has no cues' }] });
  });
});
