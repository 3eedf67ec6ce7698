/** The data behind a chart as a table, for screen readers and anyone who prefers numbers. */
export function ChartTable({ summary, caption, headers, rows }: { summary: string; caption: string; headers: [string, string]; rows: [string, string][] }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-brand-700 underline">{summary}</summary>
      <table className="mt-2 border-collapse bg-white text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2 text-start">{headers[0]}</th>
            <th scope="col" className="p-2 text-end">{headers[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value], i) => (
            <tr key={i} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-start font-normal">{label}</th>
              <td className="p-2 text-end tabular-nums">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
