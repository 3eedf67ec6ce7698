import Link from 'next/link';
import type { ButtonHTMLAttributes, ComponentProps } from 'react';
import { classNames } from './class-names';

/** primary: the one main action of a form; secondary: other actions; danger: removes something; link: reads as a text link. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';
/** md: form actions; sm: headers, toolbars and filters; xs: actions inside a table row or list item. */
export type ButtonSize = 'md' | 'sm' | 'xs';

export interface ButtonLook {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Layout only (margins, alignment); the look comes from variant and size. */
  className?: string;
}

const variants: Record<ButtonVariant, string> = {
  primary: 'rounded bg-brand-700 font-medium text-white hover:bg-brand-800',
  secondary: 'rounded border border-slate-400 bg-white text-slate-900 hover:bg-slate-100',
  danger: 'rounded border border-red-700 bg-white font-medium text-red-800 hover:bg-red-50',
  link: 'text-brand-700 underline hover:text-brand-800',
};

const sizes: Record<ButtonSize, string> = {
  md: 'px-4 py-2',
  sm: 'px-3 py-1.5',
  xs: 'px-2 py-0.5 text-sm',
};

/** The classes of a button look; for the few elements that cannot be a Button or LinkButton (a summary, a label). */
export function buttonClass({ variant = 'primary', size = 'md', className }: ButtonLook = {}): string {
  // A link-style button keeps the text's own size and spacing, so it sits inside a sentence.
  const box = variant === 'link' ? '' : sizes[size];
  return classNames(variants[variant], box, 'disabled:cursor-not-allowed disabled:opacity-60', className);
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & ButtonLook;

/** A button in one of the app's looks. `type` defaults to "button", so only an explicit submit button submits. */
export function Button({ variant, size, className, type = 'button', ...button }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...button} />;
}

type LinkButtonProps = ComponentProps<typeof Link> & ButtonLook;

/** A link that looks like a button: for navigation that is the main next step (start the quiz, create a cohort). */
export function LinkButton({ variant, size, className, ...link }: LinkButtonProps) {
  return <Link className={buttonClass({ variant, size, className: classNames('inline-block', className) })} {...link} />;
}
