import { buttonClass } from '@/components/ui/button';
import { Cell, DataTable, numericColumn, Row, RowHeader } from '@/components/ui/data-table';

/** The data behind a chart as a table, for screen readers and anyone who prefers numbers. */
export function ChartTable({ summary, caption, headers, rows }: { summary: string; caption: string; headers: [string, string]; rows: [string, string][] }) {
  return (
    <details className="mt-2">
      <summary className={buttonClass({ variant: 'link', className: 'cursor-pointer' })}>{summary}</summary>
      <DataTable headers={[headers[0], numericColumn(headers[1])]} caption={caption} captionHidden>
        {rows.map(([label, value], i) => (
          <Row key={i}>
            <RowHeader className="font-normal">{label}</RowHeader>
            <Cell numeric>{value}</Cell>
          </Row>
        ))}
      </DataTable>
    </details>
  );
}
