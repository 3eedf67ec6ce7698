import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from '@/components/ui/field-frame';

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled text area with its hint and error wired up for screen readers. */
export function TextAreaField({ id, label, error, hint, className = '', ...area }: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, hint, error)}
        className={`mt-1 w-full rounded border border-slate-400 px-3 py-2 ${className}`}
        {...area}
      />
    </FieldFrame>
  );
}

interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  id: string;
  label: string;
  hint?: string;
}

/** A checkbox with its label beside it and an optional hint. */
export function CheckboxField({ id, label, hint, ...input }: CheckboxProps) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" aria-describedby={hint ? `${id}-hint` : undefined} className="mt-1.5" {...input} />
      <div>
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** Styles shared by the authoring buttons. */
export const buttonStyles = {
  primary: 'rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70',
  secondary: 'rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100 disabled:opacity-50',
  small: 'rounded border border-slate-400 bg-white px-2 py-0.5 text-sm hover:bg-slate-100 disabled:opacity-40',
  danger: 'rounded border border-red-700 bg-white px-2 py-0.5 text-sm text-red-800 hover:bg-red-50',
};
