import { describe, expect, it } from 'vitest';
import { toVisualRuns, type VisualRun } from './bidi-runs';

const latin = (text: string): VisualRun => ({ text, subset: 'latin' });
const arabic = (text: string): VisualRun => ({ text, subset: 'arabic' });

describe('toVisualRuns', () => {
  it.each<[string, string, VisualRun[]]>([
    ['a Latin name stays as one run', 'Laila Haddad', [latin('Laila Haddad')]],
    ['letters outside Latin-1 use the latin-ext file', 'Łukasz', [{ text: 'Ł', subset: 'latinExt' }, latin('ukasz')]],
    // Arabic words keep their logical order (the shaper reverses them); the words run right to left.
    ['an Arabic name puts its first word on the right', 'ليلى حداد', [arabic('حداد'), latin(' '), arabic('ليلى')]],
    ['a Dari name with Persian letters', 'فرید احمدی', [arabic('احمدی'), latin(' '), arabic('فرید')]],
    [
      'an Arabic name inside a Latin line keeps the Latin order around it',
      'Dr. ليلى حداد (Laila)',
      [latin('Dr. '), arabic('حداد'), latin(' '), arabic('ليلى'), latin(' (Laila)')],
    ],
    [
      'brackets in a right-to-left line are mirrored',
      'رهبری (e-Government)',
      [latin('('), latin('e-Government'), latin(') '), arabic('رهبری')],
    ],
    // The shaper reverses Arabic-script digits too, so they are handed over reversed to read 12.
    ['Persian digits read left to right', 'دوره ۱۲', [arabic('۲۱'), latin(' '), arabic('دوره')]],
    ['a zero-width non-joiner stays inside its Arabic word', 'عبدالله‌زاده', [arabic('عبدالله‌زاده')]],
  ])('%s', (_case, line, expected) => {
    expect(toVisualRuns(line)).toEqual(expected);
  });
});
