import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const served = join(__dirname, '../../public/fonts/vazirmatn');
const upstream = join(__dirname, '../../node_modules/@fontsource/vazirmatn/files');

describe('self-hosted Vazirmatn', () => {
  it.each(['400', '700'])('weight %s is the Arabic subset shipped by @fontsource/vazirmatn', (weight) => {
    const file = `vazirmatn-arabic-${weight}-normal.woff2`;
    expect(readFileSync(join(served, file)).equals(readFileSync(join(upstream, file)))).toBe(true);
  });

  it('swaps in when loaded and is limited to the Arabic script', () => {
    const css = readFileSync(join(served, 'arabic.css'), 'utf8');
    expect(css.match(/font-display: swap;/g)).toHaveLength(2);
    expect(css.match(/unicode-range:\s+U\+0600-06FF/g)).toHaveLength(2);
    expect(css).not.toMatch(/latin/);
  });
});
