/** Deterministic shuffles: the same seed string always gives the same order, with no Math.random. */

/** A 32-bit hash of a string (the murmur-style mixing of cyrb53's first half). */
function hashString(text: string): number {
  let h = 0x6a09e667 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0xcc9e2d51);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: a small, fast PRNG; returns numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A copy of `items` in an order fixed by `seed` (Fisher–Yates over mulberry32). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(hashString(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const item = result[i] as T;
    result[i] = result[j] as T;
    result[j] = item;
  }
  return result;
}

const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** `shuffled`, rotated by one when it equals `forbidden` and has at least 2 items. */
export function avoidOrder(shuffled: string[], forbidden: readonly string[]): string[] {
  return shuffled.length >= 2 && sameOrder(shuffled, forbidden) ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}
