import { useId, type KeyboardEvent } from 'react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { rangeDays, type RangeDays } from './usage-dates';

const nextKeys: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * "30 days | 90 days": a radio group of two buttons (Tab reaches the chosen one, arrows change it),
 * as the theme toggle is.
 */
export function RangeToggle({ value, onChange }: { value: RangeDays; onChange: (days: RangeDays) => void }) {
  const labelId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = nextKeys[event.key];
    if (!step) return;
    event.preventDefault();
    const index = (rangeDays.indexOf(value) + step + rangeDays.length) % rangeDays.length;
    onChange(rangeDays[index]!);
    event.currentTarget.querySelectorAll('button')[index]?.focus();
  };
  return (
    <div className="flex items-center gap-2">
      <span id={labelId} className="text-sm text-zinc-600">
        Last
      </span>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        onKeyDown={onKeyDown}
        className="flex rounded-md border border-zinc-200 bg-zinc-100 p-0.5 max-lg:p-0"
      >
        {rangeDays.map((days) => (
          <button
            key={days}
            type="button"
            role="radio"
            aria-checked={value === days}
            tabIndex={value === days ? 0 : -1}
            onClick={() => onChange(days)}
            className={cn(
              'inline-flex h-8 items-center rounded px-3 text-sm font-medium text-zinc-600 transition-colors hover:text-zinc-900 max-lg:h-11',
              'aria-checked:bg-white aria-checked:text-zinc-900 aria-checked:shadow-xs',
              focusRing,
            )}
          >
            {days} days
          </button>
        ))}
      </div>
    </div>
  );
}
