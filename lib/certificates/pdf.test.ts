import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import dariCore from '@/lib/i18n/messages/fa-AF/core.json';
import { renderCertificatePdf, type CertificateInput } from './pdf';

// Poppler (Debian's poppler-utils) reads the PDFs back; without it only the poppler checks are skipped.
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const workDir = mkdtempSync(path.join(tmpdir(), 'certificate-test-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const labels = {
  title: 'Certificate of Completion',
  certifies: 'This certifies that',
  completed: 'has completed the programme',
  issuedOn: 'Issued on',
  verify: 'Verify this certificate at',
  code: 'Verification code',
};

function certificateFor(holderName: string): CertificateInput {
  return {
    holderName,
    programmeTitle: 'e-Government Leadership',
    issuedOn: new Date('2026-03-12T23:30:00Z'),
    code: 'CIO-7Q4M-2KXR',
    verifyUrl: 'https://academy.example.gov/verify/CIO-7Q4M-2KXR',
    labels,
  };
}

async function renderToFile(holderName: string): Promise<string> {
  const file = path.join(workDir, `${Buffer.from(holderName).toString('hex').slice(0, 24)}.pdf`);
  writeFileSync(file, await renderCertificatePdf(certificateFor(holderName)));
  return file;
}

function pdfText(file: string, ...options: string[]): string {
  return execFileSync('pdftotext', [...options, file, '-'], { encoding: 'utf8' });
}

// Shaped Arabic comes back as presentation forms, and final yeh/kaf may come back in their Arabic forms.
function fold(text: string): string {
  return text.normalize('NFKC').replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
}

/** The Arabic words of the page as drawn, read from right to left: the order a reader sees. */
function arabicReadRightToLeft(bboxHtml: string): string {
  const words = [...bboxHtml.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
    .map((match) => ({ x: Number(match[1]), text: match[2] ?? '' }))
    .filter((word) => /\p{Script=Arabic}/u.test(word.text))
    .sort((a, b) => a.x - b.x);
  return Array.from(words.map((word) => word.text).join(''))
    .reverse()
    .join('');
}

describe('renderCertificatePdf', () => {
  it.each(['Margaret Ó Súilleabháin', 'ليلى حداد', 'فرید احمدی'])('renders a PDF with embedded Noto fonts for %s', async (name) => {
    const pdf = await renderCertificatePdf(certificateFor(name));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('NotoSansArabic');
  });

  it.skipIf(!hasPoppler)('prints the Latin name, programme, date, code and link', async () => {
    const text = pdfText(await renderToFile('Margaret Ó Súilleabháin'));
    for (const expected of [
      'Margaret Ó Súilleabháin',
      'e-Government Leadership',
      '12 March 2026',
      'CIO-7Q4M-2KXR',
      'https://academy.example.gov/verify/CIO-7Q4M-2KXR',
      ...Object.values(labels),
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.skipIf(!hasPoppler).each(['ليلى حداد', 'فرید احمدی'])('draws %s in Arabic letters, right to left', async (name) => {
    const file = await renderToFile(name);
    expect(fold(pdfText(file))).toContain(fold(name));
    expect(fold(arabicReadRightToLeft(pdfText(file, '-bbox')))).toBe(fold(name.replace(/\s/g, '')));
    expect(pdfText(file)).toContain('CIO-7Q4M-2KXR');
  });

  it.skipIf(!hasPoppler)('in Dari: the catalogue\u2019s words, right to left, and the Solar Hijri date with the Gregorian one', async () => {
    const file = path.join(workDir, 'dari.pdf');
    writeFileSync(file, await renderCertificatePdf({ ...certificateFor('فرید احمدی'), labels: dariCore.certificate, locale: 'fa-AF' }));
    const text = fold(pdfText(file));
    for (const word of ['تکمیل', 'حوت', '۱۴۰۴', 'مارچ', '۲۰۲۶', 'CIO-7Q4M-2KXR']) expect(text).toContain(fold(word));
    // The code (first in reading order) sits on the right of a right-to-left certificate.
    const code = pdfText(file, '-bbox').match(/<word xMin="([\d.]+)"[^>]*>CIO-7Q4M-2KXR<\/word>/);
    expect(Number(code?.[1])).toBeGreaterThan(421);
  });
});
