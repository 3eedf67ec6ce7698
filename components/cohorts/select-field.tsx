import type { SelectHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from '@/components/ui/field-frame';

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
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, hint, error)}
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
    </FieldFrame>
  );
}
