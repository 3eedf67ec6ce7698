import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './field-frame';

interface FormFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled text input with its hint and error wired up for screen readers. */
export function FormField({ name, label, error, hint, id = name, ...input }: FormFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        {...input}
      />
    </FieldFrame>
  );
}
