'use client';

import { useSyncExternalStore, type ComponentProps } from 'react';

const never = () => () => {};

/** False in the server's HTML and during hydration; true once React runs this page in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}

/**
 * A form whose submit is handled in the browser (`onSubmit`), with its
 * controls disabled until the page's script has hydrated it. On a slow link
 * the server's HTML shows seconds before the script runs; without this, what
 * a user typed then was wiped when React took over (its state still held the
 * empty start), and a submit went to the browser's default: a GET that put
 * every field, a password included, in the address. Disabled fields say
 * "not yet" instead, and enable themselves when the page is ready.
 * Forms with a server action in `action` work before hydration and need none of this.
 */
export function ClientForm({ children, ...props }: ComponentProps<'form'>) {
  const hydrated = useHydrated();
  return (
    <form {...props}>
      {/* role="none": a wrapper for `disabled` only, not a group of its own for assistive technology. */}
      <fieldset disabled={!hydrated} role="none" className="contents">
        {children}
      </fieldset>
    </form>
  );
}
