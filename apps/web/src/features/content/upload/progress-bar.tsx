import { cn } from '../../../lib/cn';

/** A bar with the progressbar role: `percent` 0–100, and its value in words for screen readers. */
export function ProgressBar({
  percent,
  label,
  valueText,
  tone = 'indigo',
  className,
}: {
  percent: number;
  label: string;
  valueText: string;
  tone?: 'indigo' | 'green' | 'amber' | 'red';
  className?: string;
}) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
      className={cn('h-1.5 overflow-hidden rounded-full bg-zinc-100', className)}
    >
      <div
        className={cn(
          'h-full rounded-full transition-[width] duration-200',
          tone === 'indigo' && 'bg-indigo-500',
          tone === 'green' && 'bg-green-600',
          tone === 'red' && 'bg-red-500',
          tone === 'amber' && 'bg-amber-500',
        )}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
