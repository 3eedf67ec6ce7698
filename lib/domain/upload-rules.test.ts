import { describe, expect, it } from 'vitest';
import {
  checkUploadContent,
  checkUploadStart,
  defaultUploadLimits,
  extensionOf,
  isModuleFilePath,
  safeFileName,
  sniffType,
  storedPath,
  type SniffedType,
  type UploadKind,
} from './upload-rules';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
const MB = 1024 * 1024;

describe('sniffType', () => {
  const cases: [string, Uint8Array, SniffedType][] = [
    ['a Windows program', bytes('MZ', [0x90, 0x00, 0x03]), 'windows-executable'],
    ['a Linux program', bytes([0x7f], 'ELF', [2, 1, 1]), 'linux-executable'],
    ['a macOS program', bytes([0xcf, 0xfa, 0xed, 0xfe, 7]), 'mac-executable'],
    ['a shell script', bytes('#!/bin/sh\nrm -rf /\n'), 'script'],
    ['a PDF', bytes('%PDF-1.7\n%\u00e2\u00e3'), 'pdf'],
    ['an Office document (zip)', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'zip'],
    ['a PNG image', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'png'],
    ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
    ['an MP4 video', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]), 'mp4'],
    ['a WebM video', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), 'webm'],
    ['WebVTT captions', bytes('WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n'), 'vtt'],
    ['WebVTT captions with a byte order mark', bytes([0xef, 0xbb, 0xbf], 'WEBVTT - title\n'), 'vtt'],
    ['plain text', bytes('name,country\nFarid,Afghanistan\n'), 'text'],
    ['UTF-8 text cut inside a character', bytes('Kabul – ', [0xe2, 0x80]), 'text'],
    ['binary noise', bytes([0x00, 0x13, 0x37, 0x00, 0xff]), 'unknown'],
    ['invalid UTF-8', bytes([0xc3, 0x28, 0x41]), 'unknown'],
  ];
  it.each(cases)('%s → %s', (_name, head, expected) => {
    expect(sniffType(head)).toBe(expected);
  });
});

describe('checkUploadContent', () => {
  it('refuses a Windows program renamed .pdf and says what it is', () => {
    expect(checkUploadContent('report.pdf', bytes('MZ', [0x90, 0]))).toEqual({
      code: 'executable',
      values: { name: 'report.pdf', extension: 'pdf', detected: 'windows-executable' },
    });
  });

  it.each([
    ['slides.pptx', bytes([0x50, 0x4b, 0x03, 0x04]), null],
    ['budget.xlsx', bytes([0x50, 0x4b, 0x03, 0x04]), null],
    ['photo.JPG', bytes([0xff, 0xd8, 0xff, 0xe1]), null],
    ['notes.txt', bytes('Meeting notes'), null],
    ['captions.vtt', bytes('WEBVTT\n'), null],
    ['captions.vtt', bytes('1\n00:00:01,000 --> 00:00:02,000\nSRT, not VTT\n'), 'content-mismatch'],
    ['image.png', bytes('%PDF-1.4'), 'content-mismatch'],
    ['lecture.mp4', bytes([0x1a, 0x45, 0xdf, 0xa3]), 'content-mismatch'],
    ['data.csv', bytes([0x00, 0x01, 0x02]), 'content-mismatch'],
    ['install.txt', bytes('#!/usr/bin/env python\n'), 'executable'],
    ['empty.pdf', bytes(), 'empty'],
  ])('%s → %s', (name, head, expected) => {
    expect(checkUploadContent(name, head)?.code ?? null).toBe(expected);
  });
});

describe('checkUploadStart', () => {
  const cases: [string, UploadKind, string, number | null, string | null][] = [
    ['a video within the limit', 'video', 'talk.mp4', 300 * MB, null],
    ['a video over the limit', 'video', 'talk.webm', 501 * MB, 'too-large'],
    ['captions of 2 MB', 'captions', 'talk.vtt', 2 * MB, 'too-large'],
    ['captions of exactly 1 MB', 'captions', 'talk.vtt', 1 * MB, null],
    ['captions as .srt', 'captions', 'talk.srt', 10, 'extension'],
    ['an attachment of unknown size', 'attachment', 'report.pdf', null, null],
    ['an attachment of 21 MB', 'attachment', 'report.pdf', 21 * MB, 'too-large'],
    ['an executable extension', 'attachment', 'setup.exe', 10, 'extension'],
    ['a video as an attachment', 'attachment', 'talk.mp4', 10, 'extension'],
    ['a file with no extension', 'attachment', 'README', 10, 'extension'],
    ['an empty file', 'attachment', 'notes.txt', 0, 'empty'],
    ['a path instead of a name', 'attachment', '../../etc/passwd.txt', 10, 'name'],
    ['a blank name', 'attachment', '   ', 10, 'name'],
  ];
  it.each(cases)('%s → %s', (_name, kind, fileName, size, expected) => {
    expect(checkUploadStart(kind, fileName, size, defaultUploadLimits)?.code ?? null).toBe(expected);
  });

  it('names the limit in megabytes', () => {
    expect(checkUploadStart('captions', 'big.vtt', 2 * MB, defaultUploadLimits)).toEqual({
      code: 'too-large',
      values: { name: 'big.vtt', limitMb: 1 },
    });
  });

  it('lists the allowed extensions', () => {
    expect(checkUploadStart('video', 'talk.avi', 10, defaultUploadLimits)?.values.allowed).toBe('.mp4, .webm');
  });
});

describe('file names and paths', () => {
  it.each([
    ['Report 2026 (final).PDF', 'pdf'],
    ['archive.tar.gz', 'gz'],
    ['noextension', ''],
  ])('extensionOf(%j) → %j', (name, expected) => {
    expect(extensionOf(name)).toBe(expected);
  });

  it.each([
    ['Report 2026 (final).pdf', 'Report-2026-final.pdf'],
    ['Gestión pública.docx', 'Gestion-publica.docx'],
    ['تقرير.pdf', 'file.pdf'],
  ])('safeFileName(%j) → %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it('stores lectures and attachments in their folders, with paths the media route accepts', () => {
    const video = storedPath('video', '01-intro', 'My talk.mp4', 'a1b2c3');
    const file = storedPath('attachment', '01-intro', 'Slides.pptx', 'a1b2c3');
    expect(video).toBe('lectures/01-intro-a1b2c3-My-talk.mp4');
    expect(file).toBe('files/01-intro-a1b2c3-Slides.pptx');
    expect(isModuleFilePath(video) && isModuleFilePath(file)).toBe(true);
  });

  it.each([
    ['lectures/why-egov.vtt', true],
    ['files/a/b.pdf', true],
    ['files/../../secret.txt', false],
    ['lectures/./a.vtt', false],
    ['/etc/passwd', false],
    ['module.yaml', false],
    ['lessons/01-intro.md', false],
  ])('isModuleFilePath(%j) → %s', (path, expected) => {
    expect(isModuleFilePath(path)).toBe(expected);
  });
});
