import PDFDocument from 'pdfkit';
import { directionOf, type Locale } from '@/lib/i18n/config';
import { formatCommitment } from '@/lib/i18n/format';
import { toVisualRuns } from './bidi-runs';
import { fontName, registerCertificateFonts, type FontWeight } from './fonts';

/** Words printed on the certificate, taken from the message catalog. */
export interface CertificateLabels {
  title: string;
  certifies: string;
  completed: string;
  issuedOn: string;
  verify: string;
  code: string;
}

export interface CertificateInput {
  holderName: string;
  programmeTitle: string;
  issuedOn: Date;
  code: string;
  verifyUrl: string;
  labels: CertificateLabels;
  /** The holder's language: the labels' language, the date's calendar and the page direction. English by default. */
  locale?: Locale;
}

interface LineStyle {
  size: number;
  weight: FontWeight;
  colour: string;
  /** Horizontal centre of the line; the page centre unless given. */
  centre?: number;
  /** Width the line may take; a longer line is drawn smaller so it never leaves the frame. */
  maxWidth?: number;
  link?: string;
  /** Base direction of the line: the certificate's for its own words, 'auto' for names and titles. */
  direction?: 'ltr' | 'rtl' | 'auto';
}

type Doc = PDFKit.PDFDocument;

// A4 landscape, in points.
const PAGE = { width: 841.89, height: 595.28 };
const COLOUR = { ink: '#1c2733', navy: '#1f3a5f', muted: '#5f6b78', gold: '#b08d57', rule: '#d5d9de' };

/**
 * The issue date: in Dari and Pashto the Solar Hijri date with the Gregorian one alongside;
 * in English day-month-year, the order international readers of a certificate expect.
 */
function issueDate(locale: Locale, date: Date): string {
  return formatCommitment(locale === 'en' ? 'en-GB' : locale, date, { dateStyle: 'long', timeZone: 'UTC' });
}

function runsWidth(doc: Doc, runs: ReturnType<typeof toVisualRuns>, weight: FontWeight, size: number): number {
  let width = 0;
  for (const run of runs) {
    width += doc.font(fontName(run.subset, weight)).fontSize(size).widthOfString(run.text);
  }
  return width;
}

/** Draws one line centred on `style.centre` with its baseline at `y`, in either direction. */
function drawCentredLine(doc: Doc, text: string, y: number, style: LineStyle): void {
  const runs = toVisualRuns(text.trim(), style.direction ?? 'auto');
  const maxWidth = style.maxWidth ?? 640;
  let size = style.size;
  let width = runsWidth(doc, runs, style.weight, size);
  if (width > maxWidth) {
    size = (size * maxWidth) / width;
    width = runsWidth(doc, runs, style.weight, size);
  }
  let x = (style.centre ?? PAGE.width / 2) - width / 2;
  const left = x;
  doc.fillColor(style.colour);
  for (const run of runs) {
    doc.font(fontName(run.subset, style.weight)).fontSize(size);
    doc.text(run.text, x, y, { lineBreak: false, baseline: 'alphabetic' });
    x += doc.widthOfString(run.text);
  }
  if (style.link) doc.link(left, y - size, width, size * 1.3, style.link);
}

function drawRule(doc: Doc, y: number, halfWidth: number, colour: string, lineWidth: number): void {
  const centre = PAGE.width / 2;
  doc
    .moveTo(centre - halfWidth, y)
    .lineTo(centre + halfWidth, y)
    .lineWidth(lineWidth)
    .strokeColor(colour)
    .stroke();
}

function drawFrame(doc: Doc): void {
  doc
    .rect(22, 22, PAGE.width - 44, PAGE.height - 44)
    .lineWidth(2.5)
    .strokeColor(COLOUR.navy)
    .stroke();
  doc
    .rect(31, 31, PAGE.width - 62, PAGE.height - 62)
    .lineWidth(0.8)
    .strokeColor(COLOUR.gold)
    .stroke();
}

function drawCertificate(doc: Doc, input: CertificateInput): void {
  const { labels } = input;
  const locale = input.locale ?? 'en';
  const direction = directionOf(locale);
  const own = { direction };
  drawFrame(doc);
  drawCentredLine(doc, labels.title, 128, { ...own, size: 34, weight: 'bold', colour: COLOUR.navy });
  drawRule(doc, 150, 48, COLOUR.gold, 1.5);
  drawCentredLine(doc, labels.certifies, 204, { ...own, size: 15, weight: 'regular', colour: COLOUR.muted });
  drawCentredLine(doc, input.holderName, 268, { size: 44, weight: 'bold', colour: COLOUR.ink });
  drawRule(doc, 294, 210, COLOUR.gold, 0.8);
  drawCentredLine(doc, labels.completed, 332, { ...own, size: 15, weight: 'regular', colour: COLOUR.muted });
  drawCentredLine(doc, input.programmeTitle, 372, { size: 24, weight: 'bold', colour: COLOUR.navy });
  drawCentredLine(doc, labels.issuedOn, 418, { ...own, size: 11, weight: 'regular', colour: COLOUR.muted });
  drawCentredLine(doc, issueDate(locale, input.issuedOn), 439, { ...own, size: 14, weight: 'regular', colour: COLOUR.ink });

  drawRule(doc, 474, 270, COLOUR.rule, 0.6);
  const column = { maxWidth: 300, ...own };
  // The code comes first in reading order: on the left in English, on the right in Dari and Pashto.
  const side = direction === 'rtl' ? -1 : 1;
  const codeCentre = PAGE.width / 2 - 170 * side;
  const verifyCentre = PAGE.width / 2 + 150 * side;
  drawCentredLine(doc, labels.code, 502, { ...column, size: 10, weight: 'regular', colour: COLOUR.muted, centre: codeCentre });
  drawCentredLine(doc, input.code, 522, { ...column, direction: 'ltr', size: 13, weight: 'bold', colour: COLOUR.ink, centre: codeCentre });
  drawCentredLine(doc, labels.verify, 502, { ...column, size: 10, weight: 'regular', colour: COLOUR.muted, centre: verifyCentre });
  drawCentredLine(doc, input.verifyUrl, 522, {
    ...column,
    direction: 'ltr',
    size: 11,
    weight: 'regular',
    colour: COLOUR.navy,
    centre: verifyCentre,
    link: input.verifyUrl,
  });
}

/**
 * Renders a completion certificate as an A4 landscape PDF. Names and labels may be in
 * Latin or Arabic script (Dari, Pashto, Arabic): Arabic letters are joined by OpenType
 * shaping and laid out right to left; every line is centred, so it suits either direction,
 * and the footer's two columns swap sides on a right-to-left certificate.
 */
export async function renderCertificatePdf(input: CertificateInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: input.locale ?? 'en',
    info: { Title: `${input.labels.title}: ${input.holderName}`, Subject: input.programmeTitle },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerCertificateFonts(doc);
  drawCertificate(doc, input);
  doc.end();
  return finished;
}
