import type { ReactNode } from 'react';
import { cardClass } from './card';

interface SectionProps {
  id: string;
  title: ReactNode;
  /** On a white card with a border: for forms and summaries that stand apart from the page. */
  card?: boolean;
  children: ReactNode;
}

/** A titled part of a page; its heading names the region for screen readers. */
export function Section({ id, title, card = false, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className={card ? cardClass({ className: 'space-y-3' }) : 'space-y-2'}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
