import { useEffect, useRef, type ComponentProps } from 'react';
import { cn } from '../../lib/cn';
import type { ContentRow, ContentTable } from './content-table-model';

function Checkbox({
  indeterminate = false,
  className,
  ...props
}: ComponentProps<'input'> & { indeterminate?: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={cn(
        'size-4 cursor-pointer rounded border-zinc-300 accent-indigo-600 outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 max-lg:size-5',
        className,
      )}
      {...props}
    />
  );
}

/** Selects every row loaded so far (or clears them all). */
export function SelectAllCheckbox({ table }: { table: ContentTable }) {
  const all = table.getIsAllRowsSelected();
  return (
    <Checkbox
      aria-label="Select all loaded items"
      checked={all}
      indeterminate={!all && table.getIsSomeRowsSelected()}
      onChange={table.getToggleAllRowsSelectedHandler()}
    />
  );
}

/** Selects one row; with Shift, every row from the last one clicked to this one. */
export function RowCheckbox({ row }: { row: ContentRow }) {
  return (
    <Checkbox
      aria-label={`Select ${row.original.name}`}
      checked={row.getIsSelected()}
      // React fires a checkbox's change on its click: the handler reads Shift from nativeEvent.
      onChange={row.getToggleSelectedHandler()}
    />
  );
}
