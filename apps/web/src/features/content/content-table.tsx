import { useTable, type OnChangeFn, type RowSelectionState, type SortingState } from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { cn } from '../../lib/cn';
import { contentColumns } from './content-columns';
import type { ContentItem } from './content-queries';
import { contentFeatures, type ContentTableMeta } from './content-table-model';
import { SortHeader } from './sort-header';

interface ContentTableProps {
  caption: string;
  items: ContentItem[];
  meta: ContentTableMeta;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  rowSelection: RowSelectionState;
  onRowSelectionChange: OnChangeFn<RowSelectionState>;
  /** More pages on the server: the next is fetched when the last rows scroll into view. */
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  /** Double-click on a row: a folder opens, a file downloads. */
  onOpen(item: ContentItem): void;
}

const estimatedRowHeight = 57;
const ignoredTargets = 'a, button, input, label, [role=menuitem]';

/**
 * The items of a folder (or of a search) in a table that renders only the rows near the screen:
 * the page scrolls as usual, rows above and below are stood in for by two spacer rows.
 */
export function ContentTable(props: ContentTableProps) {
  const { items, sorting, rowSelection, hasMore, loadingMore, onLoadMore } = props;
  const table = useTable({
    features: contentFeatures,
    columns: contentColumns,
    data: items,
    getRowId: (item) => item.id,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, rowSelection },
    onSortingChange: props.onSortingChange,
    onRowSelectionChange: props.onRowSelectionChange,
    meta: props.meta,
  });
  const rows = table.getRowModel().rows;

  // Where the table's body starts on the page: the virtualizer counts rows from there.
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () =>
      setScrollMargin((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    // What is above the table grows or shrinks (the selection bar, a banner): the page's height too.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => estimatedRowHeight,
    overscan: 10,
    scrollMargin,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastShown = virtualRows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastShown >= rows.length - 20) onLoadMore();
  }, [hasMore, loadingMore, lastShown, rows.length, onLoadMore]);

  const first = virtualRows[0];
  const last = virtualRows.at(-1);
  const spaceAbove = first ? first.start - scrollMargin : 0;
  const spaceBelow = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;
  const columnCount = contentColumns.length;

  return (
    // aria-rowcount -1: more rows on the server than loaded so far (ARIA's "unknown").
    <table className="w-full table-fixed text-left text-sm" aria-rowcount={hasMore ? -1 : rows.length + 1}>
      <caption className="sr-only">{props.caption}</caption>
      <thead className="border-b border-zinc-200 text-xs font-medium text-zinc-600">
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} aria-rowindex={1}>
            {group.headers.map((header) => (
              <SortHeader key={header.id} header={header} className={header.column.columnDef.meta?.className}>
                <table.FlexRender header={header} />
              </SortHeader>
            ))}
          </tr>
        ))}
      </thead>
      <tbody ref={bodyRef}>
        {spaceAbove > 0 && (
          <tr aria-hidden>
            <td colSpan={columnCount} style={{ height: spaceAbove, padding: 0 }} />
          </tr>
        )}
        {virtualRows.map((virtualRow) => {
          const row = rows[virtualRow.index]!;
          return (
            <tr
              key={row.id}
              data-index={virtualRow.index}
              ref={virtualizer.measureElement}
              aria-rowindex={virtualRow.index + 2}
              className={cn(
                'border-b border-zinc-100 last:border-b-0',
                row.getIsSelected() ? 'bg-indigo-50/70' : 'hover:bg-zinc-50/60',
              )}
              onDoubleClick={(event) => {
                if (!(event.target as Element).closest(ignoredTargets)) props.onOpen(row.original);
              }}
            >
              {row.getAllCells().map((cell) => (
                <td
                  key={cell.id}
                  className={cn('px-4 py-3 align-middle', cell.column.columnDef.meta?.className)}
                >
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          );
        })}
        {spaceBelow > 0 && (
          <tr aria-hidden>
            <td colSpan={columnCount} style={{ height: spaceBelow, padding: 0 }} />
          </tr>
        )}
      </tbody>
    </table>
  );
}
