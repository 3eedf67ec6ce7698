import type { ReactNode } from 'react';
import { FieldError } from './field-error';

/** The ids a control names in aria-describedby: its hint and its error, when shown. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** A control's hint, with the id describedBy() names. */
export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className="text-sm text-slate-600">
      {hint}
    </p>
  );
}

/** What every labelled control takes: its id, label, and optional hint and error. */
export interface FieldLabels {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A form control's label, hint and error around it; the control itself is the child. */
export function FieldFrame({ id, label, hint, error, children }: FieldLabels & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
