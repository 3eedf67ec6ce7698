import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { buttonClass } from '@/components/ui/button';
import { TextArea } from '@/components/ui/controls';
import { describedBy, FieldFrame, FieldHint, type FieldLabels } from '@/components/ui/field-frame';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & FieldLabels;

/** A labelled text area with its hint and error wired up for screen readers. */
export function TextAreaField({ id, label, error, hint, ...area }: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <TextArea id={id} aria-invalid={Boolean(error)} aria-describedby={describedBy(id, hint, error)} {...area} />
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
        <FieldHint id={id} hint={hint} />
      </div>
    </div>
  );
}

/** The Button looks as class strings, for the question editors that still style <button> elements directly. */
export const buttonStyles = {
  primary: buttonClass({ variant: 'primary' }),
  secondary: buttonClass({ variant: 'secondary', size: 'sm' }),
  small: buttonClass({ variant: 'secondary', size: 'xs' }),
  danger: buttonClass({ variant: 'danger', size: 'xs' }),
};
