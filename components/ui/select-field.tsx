import type { SelectHTMLAttributes } from 'react';
import { Select, type ControlLook } from './controls';
import { describedBy, FieldFrame } from './field-frame';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'>, Pick<ControlLook, 'layout'> {
  name: string;
  label: string;
  /** `lang` marks a choice written in its own language (a language's name), for screen readers. */
  options: readonly { value: string; label: string; lang?: string }[];
  error?: string;
  hint?: string;
  /** A first, empty choice ("Choose …"). */
  placeholder?: string;
}

/** A labelled select with its hint and error wired up for screen readers. */
export function SelectField({ name, label, options, error, hint, placeholder, id = name, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <Select id={id} name={name} aria-invalid={Boolean(error)} aria-describedby={describedBy(id, hint, error)} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </Select>
    </FieldFrame>
  );
}
