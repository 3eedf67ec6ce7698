import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './field-frame';

interface FileFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled file picker with its hint (accepted types, size limit) and error wired up for screen readers. */
export function FileField({ id, label, hint, error, ...input }: FileFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input id={id} type="file" aria-invalid={Boolean(error)} aria-describedby={describedBy(id, hint, error)} className="mt-1 block" {...input} />
    </FieldFrame>
  );
}
