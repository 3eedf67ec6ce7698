import bidiFactory from 'bidi-js';

/** The Noto Sans Arabic subset file that draws a run (see fonts.ts). */
export type FontSubset = 'arabic' | 'latin' | 'latinExt';

/** A piece of one line, in left-to-right drawing order, ready for the PDF shaper. */
export interface VisualRun {
  /** The characters in the order the shaper must receive them. */
  text: string;
  subset: FontSubset;
}

const bidi = bidiFactory();

// The unicode-range of each @fontsource/noto-sans-arabic subset file; anything else goes to latin-ext.
const ARABIC_SUBSET =
  /[\u0600-\u06FF\u0750-\u077F\u0870-\u088E\u0890\u0891\u0897-\u08E1\u08E3-\u08FF\u200C-\u200E\u2010\u2011\u204F\u2E41\uFB50-\uFDFF\uFE70-\uFE74\uFE76-\uFEFC]/;
const LATIN_SUBSET =
  /[\u0020-\u00FF\u0131\u0152\u0153\u02BB\u02BC\u02C6\u02DA\u02DC\u0304\u0308\u0329\u2000-\u206F\u20AC\u2122\u2191\u2193\u2212\u2215\uFEFF\uFFFD]/;
// fontkit lays out any run containing an Arabic-script character right to left, reversing it itself.
const SHAPED_RTL = /\p{Script=Arabic}/u;

function subsetOf(char: string): FontSubset {
  if (ARABIC_SUBSET.test(char)) return 'arabic';
  return LATIN_SUBSET.test(char) ? 'latin' : 'latinExt';
}

function reverse(text: string): string {
  return Array.from(text).reverse().join('');
}

/**
 * Splits one line of text into runs in visual (left-to-right) order, using the Unicode
 * Bidirectional Algorithm, so that Arabic-script names come out right to left and mixed
 * Latin/Arabic text is ordered as a reader expects. Each run's text is what the shaper
 * must receive: Arabic runs stay in logical order (fontkit joins the letters, then
 * reverses them), other right-to-left runs (spaces, brackets) are reversed and mirrored here.
 * `direction` is the line's base direction: the page's for its own words, 'auto' (the first
 * strong letter) for a name or title whose language is not known.
 */
export function toVisualRuns(line: string, direction: 'ltr' | 'rtl' | 'auto' = 'auto'): VisualRun[] {
  const embedding = bidi.getEmbeddingLevels(line, direction === 'auto' ? 'auto' : direction);
  const mirrored = bidi.getMirroredCharactersMap(line, embedding.levels);
  const groups: { from: number; to: number; level: number; subset: FontSubset }[] = [];

  for (const index of bidi.getReorderedIndices(line, embedding)) {
    const level = embedding.levels[index] ?? 0;
    const subset = subsetOf(line.charAt(index));
    const last = groups.at(-1);
    const step = level % 2 === 1 ? -1 : 1;
    if (last && last.level === level && last.subset === subset && index === (step === 1 ? last.to + 1 : last.from - 1)) {
      if (step === 1) last.to = index;
      else last.from = index;
    } else {
      groups.push({ from: index, to: index, level, subset });
    }
  }

  return groups.map(({ from, to, level, subset }) => {
    let text = '';
    for (let i = from; i <= to; i++) text += mirrored.get(i) ?? line.charAt(i);
    const wantsReversed = level % 2 === 1;
    const shaperReverses = SHAPED_RTL.test(text);
    return { text: wantsReversed === shaperReverses ? text : reverse(text), subset };
  });
}
