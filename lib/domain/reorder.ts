/**
 * Keyboard-friendly reordering: lessons, questions and list items move one
 * place at a time (Move up / Move down), never by dragging.
 */
export type Direction = 'up' | 'down';

/**
 * A copy of `items` with `item` moved one place up or down, or null when it
 * cannot move: it is not in the list, or already first (up) or last (down).
 */
export function moveOne<T>(items: readonly T[], item: T, direction: Direction): T[] | null {
  const from = items.indexOf(item);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= items.length) return null;
  const next = [...items];
  next[from] = items[to] as T;
  next[to] = item;
  return next;
}

/** A copy of `items` with the element at `index` moved one place; unchanged when it cannot move. */
export function moveIndex<T>(items: readonly T[], index: number, direction: Direction): T[] {
  const to = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  next[index] = items[to] as T;
  next[to] = items[index] as T;
  return next;
}

/** True when both lists hold the same items in the same order. */
export function sameOrder<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
