import { useEffect, useRef, type ComponentProps } from 'react';
import { cn } from '../../lib/cn';
import type { ContentRow, ContentTable } from './content-table-model';

/**
 * A checkbox in a label of its own: on touch screens (under 1024 px) the label is the 44 px target
 * around the box. `labelClassName` places it (a row's lets it reach over the cell's padding).
 */
function Checkbox({
  indeterminate = false,
  className,
  labelClassName,
  ...props
}: ComponentProps<'input'> & { indeterminate?: boolean; labelClassName?: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <label
      className={cn(
        'inline-flex cursor-pointer items-center justify-center align-middle max-lg:size-11',
        labelClassName,
      )}
    >
      <input
        ref={ref}
        type="checkbox"
        className={cn(
          'size-4 cursor-pointer rounded border-zinc-300 accent-indigo-600 outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 max-lg:size-5',
          className,
        )}
        {...props}
      />
    </label>
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
      labelClassName="max-lg:-my-3"
    />
  );
}
