import type { ReactNode } from 'react';
import { SortButton, ariaSort } from '../../components/ui/sort-button';
import { cn } from '../../lib/cn';
import type { SortDirection } from './statistics-search-params';

/** One column: its header, its cell, the API's sort it stands for, classes that size or hide it. */
export interface StatsColumn<T> {
  id: string;
  header: string;
  cell(row: T): ReactNode;
  /** The `sort` the API takes for this column (absent: not sortable). */
  sort?: string;
  /** Numbers are right-aligned, in tabular figures. */
  numeric?: boolean;
  className?: string;
}

/**
 * A statistics table sorted by the API: a sortable header is a button (again: the other way round),
 * and says how it sorts (aria-sort). Columns hidden below a width fold into the first cell instead;
 * nothing scrolls sideways.
 */
export function StatsTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  order,
  onSort,
}: {
  caption: string;
  columns: StatsColumn<T>[];
  rows: T[];
  rowKey(row: T): string;
  order: { sort: string; direction: SortDirection };
  onSort(sort: string): void;
}) {
  return (
    <table className="w-full table-fixed text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-zinc-200 text-xs font-medium text-zinc-600">
        <tr>
          {columns.map((column) => {
            const sorted = column.sort && order.sort === column.sort ? order.direction : null;
            return (
              <th
                key={column.id}
                scope="col"
                aria-sort={ariaSort(sorted)}
                className={cn(
                  'px-3 py-2.5 font-medium whitespace-nowrap first:pl-4 last:pr-4',
                  column.numeric && 'text-right',
                  column.className,
                )}
              >
                {column.sort ? (
                  <SortButton
                    sorted={sorted}
                    onClick={() => onSort(column.sort!)}
                    className={cn('max-lg:-my-3', column.numeric && 'flex-row-reverse')}
                  >
                    {column.header}
                  </SortButton>
                ) : (
                  column.header
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-zinc-100 last:border-b-0 hover:bg-zinc-50/60">
            {columns.map((column) => (
              <td
                key={column.id}
                className={cn(
                  'px-3 py-3 align-middle first:pl-4 last:pr-4',
                  column.numeric && 'text-right text-zinc-700 tabular-nums',
                  column.className,
                )}
              >
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
