import type { ReactNode } from 'react';

/** A plain data table with column headers; rows are passed as children (`<tr>` elements). */
export function DataTable({ headers, caption, children }: { headers: string[]; caption?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        {caption && <caption className="mb-1 text-start font-semibold">{caption}</caption>}
        <thead>
          <tr className="border-b border-slate-300">
            {headers.map((header) => (
              <th key={header} scope="col" className="p-2 text-start">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
