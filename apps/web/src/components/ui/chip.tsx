import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';

export const chipTones = {
  zinc: 'bg-zinc-100 text-zinc-700 ring-zinc-200',
  indigo: 'bg-indigo-50 text-indigo-700 ring-indigo-200',
  amber: 'bg-amber-50 text-amber-800 ring-amber-200',
  emerald: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  red: 'bg-red-50 text-red-700 ring-red-200',
} as const;

export type ChipTone = keyof typeof chipTones;

/** A small rounded label for a state ("Pending", "Email sent"), colored by its tone. */
export function Chip({
  tone = 'zinc',
  className,
  children,
}: {
  tone?: ChipTone;
  className?: string;
  children: ReactNode;
}) {
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        chipTones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
