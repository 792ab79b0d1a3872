import type { Header } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { SortButton, ariaSort } from '../../components/ui/sort-button';
import { cn } from '../../lib/cn';
import type { ContentItem } from './content-queries';
import type { contentFeatures } from './content-table-model';

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
  return (
    <th
      scope="col"
      aria-sort={ariaSort(sorted)}
      className={cn('px-4 py-2.5 font-medium whitespace-nowrap max-lg:py-0', className)}
    >
      {sortable ? (
        <SortButton sorted={sorted} onClick={column.getToggleSortingHandler()}>
          {children}
        </SortButton>
      ) : (
        children
      )}
    </th>
  );
}
