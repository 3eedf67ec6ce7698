import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldFrame, type FieldLabels } from './field-frame';

type FileFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className' | 'id'> & FieldLabels;

/** A labelled file picker with its hint (accepted types, size limit) and error wired up for screen readers. */
export function FileField({ id, label, hint, error, ...input }: FileFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input id={id} type="file" aria-invalid={Boolean(error)} aria-describedby={describedBy(id, hint, error)} className="mt-1 block" {...input} />
    </FieldFrame>
  );
}
