/** A polite live region for the outcome of a form: success or failure. */
export function StatusMessage({ tone, children }: { tone: 'success' | 'error'; children: React.ReactNode }) {
  if (!children) return null;
  const style = tone === 'success' ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-800';
  return (
    <p role={tone === 'error' ? 'alert' : 'status'} className={`rounded border p-2 ${style}`}>
      {children}
    </p>
  );
}
