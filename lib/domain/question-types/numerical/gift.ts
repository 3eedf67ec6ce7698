/** Numerical questions in GIFT, as Moodle's `qformat_gift` reads and writes them. */
import { giftLine, giftPlain, giftText } from '../gift-kit';
import { giftFail, option } from '../kit';
import type { GiftBlock, GiftRead, GiftWrite } from '../types';
import type { OptionData } from '../../quiz-snapshot';
import { numberText } from './number';

/** PHP's is_numeric for the decimals GIFT writes. */
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const WEIGHT = /^%(-?\d+(?:\.\d+)?)%/;

/** `value`, `value:tolerance` or `min..max`, as value and tolerance (a range becomes its middle ± half its width). */
function readValue(text: string): { value: number; tolerance: number } | null {
  const range = text.indexOf('..');
  if (range > 0) {
    const [min, max] = [text.slice(0, range).trim(), text.slice(range + 2).trim()];
    if (!NUMERIC.test(min) || !NUMERIC.test(max)) return null;
    const value = (Number(min) + Number(max)) / 2;
    return { value, tolerance: Number(max) - value };
  }
  const colon = text.indexOf(':');
  const [value, tolerance] = colon > 0 ? [text.slice(0, colon).trim(), text.slice(colon + 1).trim()] : [text.trim(), '0'];
  if (!NUMERIC.test(value) || !NUMERIC.test(tolerance)) return null;
  return { value: Number(value), tolerance: Math.abs(Number(tolerance)) };
}

/**
 * `{#…}`: answers `=%w%value:tolerance#feedback` (the first `=` optional),
 * ranges `min..max`, and `~#feedback` for any other number (kept as a `*`
 * answer worth 0). Unlike Moodle, which silently turns a non-number into `*`,
 * a non-number is refused.
 */
export function readNumericalGift(block: GiftBlock): GiftRead | null {
  if (!block.body.startsWith('#')) return null;
  let body = block.body.slice(1);
  const tilde = body.indexOf('~');
  const other = tilde < 0 ? null : body.slice(tilde + 1);
  if (tilde >= 0) body = body.slice(0, tilde);
  const chunks = body.split('=').map((chunk) => chunk.trim());
  if (chunks[0] === '') chunks.shift();
  if (chunks.length === 0) return giftFail(block.at, 'a numerical question needs at least one answer, such as {#3.14:0.01}');
  const options: OptionData[] = [];
  for (const chunk of chunks) {
    const weighted = WEIGHT.exec(chunk);
    const weight = weighted ? Number(weighted[1]) : null;
    const rest = weighted ? chunk.slice(weighted[0].length) : chunk;
    const hash = rest.indexOf('#');
    const text = giftPlain(hash < 0 ? rest : rest.slice(0, hash));
    const feedback = hash < 0 ? '' : giftPlain(rest.slice(hash + 1));
    const read = readValue(text);
    if (!read) return giftFail(block.at, `"${text}" is not a number, a number:tolerance or a min..max range`);
    if (weight !== null && (weight < 0 || weight > 100)) return giftFail(block.at, `weight ${weight}% is outside 0% to 100%`);
    const correct = weight === null || weight === 100;
    options.push(option(numberText(read.value), correct, { weight: correct ? null : weight, match: numberText(read.tolerance), feedback }));
  }
  if (!options.some((o) => o.correct)) return giftFail(block.at, 'no numerical answer is worth 100%');
  if (other !== null) {
    const hash = other.indexOf('#');
    options.push(option('*', false, { weight: 0, feedback: hash < 0 ? '' : giftPlain(other.slice(hash + 1)) }));
  }
  return { ok: true, type: 'numerical', options };
}

/** Moodle's export form: `#` then one `=%w%value:tolerance#feedback` per answer and `~#feedback` for `*`. */
export function writeNumericalGift(options: OptionData[]): GiftWrite {
  const lines = options.map((o) => {
    if (o.text === '*') return `~#${giftText(o.feedback.trim())}`;
    const line = giftLine('=', { ...o, text: `${o.text}:${o.match ?? '0'}`, feedback: o.feedback }, o.weight ?? 100);
    // The value and tolerance are numbers: giftLine's escaping would turn `:` into `\:`.
    return line.replace('\\:', ':');
  });
  return { lines: ['#', ...lines] };
}
