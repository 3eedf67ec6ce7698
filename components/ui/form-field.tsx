import type { InputHTMLAttributes } from 'react';
import { FieldError } from './field-error';

interface FormFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled text input with its hint and error wired up for screen readers. */
export function FormField({ name, label, error, hint, id = name, ...input }: FormFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        {...input}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
