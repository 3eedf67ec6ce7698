import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { classNames } from './class-names';

/** A column heading; a numeric column is aligned to the end, like its figures. */
export type Column = string | { label: string; numeric: true };

/** A numeric column's heading. */
export function numericColumn(label: string): Column {
  return { label, numeric: true };
}

/** The table element's look, for the one table (the dashboard matrix) that builds its own header row. */
export const tableClass = 'w-full border-collapse bg-white text-sm';

interface DataTableProps {
  headers: readonly Column[];
  caption?: string;
  /** The caption is for screen readers only (a heading above already says what the table is). */
  captionHidden?: boolean;
  /** Body rows: Row elements holding RowHeader and Cell. */
  children: ReactNode;
}

/** A plain data table with column headers, scrolling sideways on narrow screens. */
export function DataTable({ headers, caption, captionHidden = false, children }: DataTableProps) {
  return (
    // `relative` keeps screen-reader-only text of cells scrolled out of view inside the scroller (else it widens the page).
    <div className="relative overflow-x-auto">
      <table className={tableClass}>
        {caption && <caption className={captionHidden ? 'sr-only' : 'mb-1 text-start font-semibold'}>{caption}</caption>}
        <thead>
          <HeaderRow>
            {headers.map((column) =>
              typeof column === 'string' ? (
                <ColumnHeader key={column}>{column}</ColumnHeader>
              ) : (
                <ColumnHeader key={column.label} numeric>
                  {column.label}
                </ColumnHeader>
              ),
            )}
          </HeaderRow>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The row of column headers. */
export function HeaderRow({ children }: { children: ReactNode }) {
  return <tr className="border-b border-slate-300">{children}</tr>;
}

/** A column header cell (scope="col"). */
export function ColumnHeader({ numeric = false, className, ...th }: ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <th scope="col" className={classNames('p-2', numeric ? 'text-end' : 'text-start', className)} {...th} />;
}

/** A body row, its cells aligned to the top. */
export function Row({ className, ...tr }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={classNames('border-b border-slate-200 align-top', className)} {...tr} />;
}

/**
 * The cell that names its row (scope="row"), so screen readers announce it with every other cell.
 * `className` replaces the default weight (font-medium), e.g. `font-normal` for long text.
 */
export function RowHeader({ className = 'font-medium', ...th }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={classNames('p-2 text-start', className)} {...th} />;
}

/** A data cell; a numeric one is aligned to the end with figures of equal width. */
export function Cell({ numeric = false, className, ...td }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <td className={classNames('p-2', numeric && 'text-end tabular-nums', className)} {...td} />;
}
