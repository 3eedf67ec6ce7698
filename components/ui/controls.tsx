import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { classNames } from './class-names';

export interface ControlLook {
  /** full: fills its column under its label; auto: as wide as its content, under its label; inline: in a row, beside a hidden label. */
  layout?: 'full' | 'auto' | 'inline';
  /** Extra classes for what differs, such as `font-mono text-sm` for code or CSV. */
  className?: string;
}

/** The look every text input, select and text area shares. */
export function controlClass({ layout = 'full', className }: ControlLook = {}): string {
  const placement = { full: 'mt-1 w-full', auto: 'mt-1', inline: '' }[layout];
  return classNames('rounded border border-slate-400 bg-white px-3 py-2', placement, className);
}

/** A text-like input (text, email, password, number, date …) in the shared look; label it with FieldFrame or a <label>. */
export function TextInput({ layout, className, ...input }: InputHTMLAttributes<HTMLInputElement> & ControlLook) {
  return <input className={controlClass({ layout, className })} {...input} />;
}

/** A select in the shared look; the options are its children. */
export function Select({ layout, className, ...select }: SelectHTMLAttributes<HTMLSelectElement> & ControlLook) {
  return <select className={controlClass({ layout, className })} {...select} />;
}

/** A text area in the shared look. */
export function TextArea({ layout, className, ...area }: TextareaHTMLAttributes<HTMLTextAreaElement> & ControlLook) {
  return <textarea className={controlClass({ layout, className })} {...area} />;
}
