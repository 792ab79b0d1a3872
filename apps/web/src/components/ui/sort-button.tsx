import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { MouseEventHandler, ReactNode } from 'react';
import { cn } from '../../lib/cn';
import { focusRing } from './button';

type Direction = 'asc' | 'desc';

/** The `aria-sort` of a column header sorted `direction`, or none. */
export const ariaSort = (direction: Direction | false | null) =>
  direction ? ({ asc: 'ascending', desc: 'descending' } as const)[direction] : undefined;

/**
 * A sortable column's header: its name and an arrow showing the order it sorts by now (both ways
 * when another column sorts); on touch screens 44 px tall.
 */
export function SortButton({
  sorted,
  onClick,
  className,
  children,
}: {
  sorted: Direction | false | null;
  onClick: MouseEventHandler<HTMLButtonElement> | undefined;
  className?: string;
  children: ReactNode;
}) {
  const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
  return (
    <button
      type="button"
      onClick={onClick}
      className={cn(
        '-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 hover:bg-zinc-100 hover:text-zinc-900 max-lg:min-h-11',
        sorted && 'text-zinc-900',
        focusRing,
        className,
      )}
    >
      {children}
      <Icon aria-hidden className={cn('size-3.5 shrink-0', !sorted && 'text-zinc-400')} />
    </button>
  );
}
