import { classNames } from './class-names';

const paddings = { none: '', sm: 'p-3', md: 'p-4', lg: 'p-6' };

/**
 * The look of a white card with a light border, for whatever element the card is (a section, a list
 * item, a form, a fieldset). sm pads list items, md sections and forms, lg a page's single box.
 */
export function cardClass({ padding = 'md', className }: { padding?: keyof typeof paddings; className?: string } = {}): string {
  return classNames('rounded border border-slate-200 bg-white', paddings[padding], className);
}
