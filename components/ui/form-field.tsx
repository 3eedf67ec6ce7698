import type { InputHTMLAttributes } from 'react';
import { TextInput } from './controls';
import { describedBy, FieldFrame } from './field-frame';

interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled text input with its hint and error wired up for screen readers. */
export function FormField({ name, label, error, hint, id = name, ...input }: FormFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <TextInput id={id} name={name} aria-invalid={Boolean(error)} aria-describedby={describedBy(id, hint, error)} {...input} />
    </FieldFrame>
  );
}
