/**
 * An arrow pointing backwards or forwards in reading order: drawn for
 * left-to-right text and mirrored on right-to-left pages, so "next" always
 * points the way the reader moves. Decorative: the link text says where it goes.
 */
export function DirectionArrow({ to }: { to: 'back' | 'forward' | 'separator' }) {
  const glyph = to === 'back' ? '←' : to === 'forward' ? '→' : '›';
  return (
    <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
      {glyph}
    </span>
  );
}
