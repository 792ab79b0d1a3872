import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';

/** One column: its header (sentence case) and cell, and classes that size or hide it by width. */
export interface RosterColumn<T> {
  id: string;
  header: ReactNode;
  cell(row: T): ReactNode;
  className?: string;
}

/**
 * A members-page table. Columns that matter stay at every width; the others are hidden below a
 * breakpoint by their `className` and fold into the first cell instead. Nothing scrolls sideways.
 */
export function RosterTable<T>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: RosterColumn<T>[];
  rows: T[];
  rowKey(row: T): string;
}) {
  return (
    <table className="w-full table-fixed text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-zinc-200 text-xs font-medium text-zinc-600">
        <tr>
          {columns.map((column) => (
            <th key={column.id} scope="col" className={cn('px-4 py-2.5 font-medium', column.className)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-zinc-100 last:border-b-0 hover:bg-zinc-50/60">
            {columns.map((column) => (
              <td key={column.id} className={cn('px-4 py-3 align-middle', column.className)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
