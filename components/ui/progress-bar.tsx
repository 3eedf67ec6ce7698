/** An accessible progress bar (0–100). */
export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} className="h-2.5 w-full rounded bg-slate-200">
      <div className="h-2.5 rounded bg-brand-600" style={{ inlineSize: `${value}%` }} />
    </div>
  );
}
