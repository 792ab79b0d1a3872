import type { Header } from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import type { ContentItem } from './content-queries';
import type { contentFeatures } from './content-table-model';

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** A column's header; a sortable one is a button that sorts by it (again: the other way). */
export function SortHeader({
  header,
  className,
  children,
}: {
  header: Header<typeof contentFeatures, ContentItem, unknown>;
  className: string | undefined;
  children: ReactNode;
}) {
  const column = header.column;
  const sorted = column.getIsSorted();
  const sortable = column.getCanSort();
  const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
  return (
    <th
      scope="col"
      aria-sort={sorted ? ariaSort[sorted] : undefined}
      className={cn('px-4 py-2.5 font-medium whitespace-nowrap max-lg:py-0', className)}
    >
      {sortable ? (
        <button
          type="button"
          onClick={column.getToggleSortingHandler()}
          className={cn(
            '-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 hover:bg-zinc-100 hover:text-zinc-900 max-lg:min-h-11',
            sorted && 'text-zinc-900',
            focusRing,
          )}
        >
          {children}
          <Icon aria-hidden className={cn('size-3.5', !sorted && 'text-zinc-400')} />
        </button>
      ) : (
        children
      )}
    </th>
  );
}
