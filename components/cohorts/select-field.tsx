import type { SelectHTMLAttributes } from 'react';
import { FieldError } from '@/components/ui/field-error';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  error?: string;
  hint?: string;
  /** A first, empty choice ("Choose …"). */
  placeholder?: string;
}

/** A labelled select with its hint and error wired up for screen readers. */
export function SelectField({ name, label, options, error, hint, placeholder, id = name, ...select }: SelectFieldProps) {
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
      <select
        id={id}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2"
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
