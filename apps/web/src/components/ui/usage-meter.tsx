import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';

/**
 * A plan limit's bar (seats, storage): `usage` is the share used (0–1; null = unlimited, no bar),
 * amber from 80 %, red when full; `caption` says what is left under it.
 */
export function UsageMeter({
  label,
  usage,
  value,
  caption,
}: {
  label: string;
  usage: number | null;
  /** aria-valuenow / max / text of the meter. */
  value: { now: number; max: number; text?: string };
  caption: ReactNode;
}) {
  return (
    <div>
      {usage !== null && (
        <div
          role="meter"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={value.max}
          aria-valuenow={value.now}
          aria-valuetext={value.text}
          className="mb-2 h-1.5 overflow-hidden rounded-full bg-zinc-100"
        >
          <div
            className={cn(
              'h-full rounded-full',
              usage >= 1 ? 'bg-red-500' : usage >= 0.8 ? 'bg-amber-500' : 'bg-indigo-500',
            )}
            style={{ width: `${Math.max(usage * 100, 2)}%` }}
          />
        </div>
      )}
      <span>{caption}</span>
    </div>
  );
}
