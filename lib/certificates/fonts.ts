import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontSubset } from './bidi-runs';

export type FontWeight = 'regular' | 'bold';

// Noto Sans Arabic (SIL OFL 1.1) from @fontsource: Arabic glyphs plus matching Latin ones,
// shipped as per-script WOFF files that fontkit (inside pdfkit) shapes and subsets.
const PACKAGE = '@fontsource/noto-sans-arabic';
const FILE_SUBSET: Record<FontSubset, string> = { arabic: 'arabic', latin: 'latin', latinExt: 'latin-ext' };
const FILE_WEIGHT: Record<FontWeight, number> = { regular: 400, bold: 700 };

let cache: Map<string, Buffer> | undefined;

/** The name a font is registered under in the PDF document. */
export function fontName(subset: FontSubset, weight: FontWeight): string {
  return `${subset}-${weight}`;
}

function fontDirectory(): string {
  // Resolve from the project root (the working directory of next, vitest and tsx scripts): it works
  // whether this file runs as ESM, CommonJS or inside a server bundle. The package's exports map
  // only exposes its LICENSE and CSS, so the font folder is found through the LICENSE.
  const licence = createRequire(path.join(process.cwd(), 'package.json')).resolve(`${PACKAGE}/LICENSE`);
  return path.join(path.dirname(licence), 'files');
}

function loadFonts(): Map<string, Buffer> {
  const directory = fontDirectory();
  const fonts = new Map<string, Buffer>();
  for (const subset of Object.keys(FILE_SUBSET) as FontSubset[]) {
    for (const weight of Object.keys(FILE_WEIGHT) as FontWeight[]) {
      const file = `noto-sans-arabic-${FILE_SUBSET[subset]}-${FILE_WEIGHT[weight]}-normal.woff`;
      fonts.set(fontName(subset, weight), readFileSync(path.join(directory, file)));
    }
  }
  return fonts;
}

/** Registers every subset and weight with a document; pdfkit embeds only the glyphs it draws. */
export function registerCertificateFonts(doc: PDFKit.PDFDocument): void {
  cache ??= loadFonts();
  for (const [name, data] of cache) doc.registerFont(name, data);
}
