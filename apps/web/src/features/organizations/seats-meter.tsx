import { cn } from '../../lib/cn';
import { seatsLeftLabel, seatsUsage, type Seats } from './org-format';

/** A bar of seats used against the plan's limit (none when unlimited). */
export function SeatsMeter({ seats }: { seats: Seats }) {
  const usage = seatsUsage(seats);
  return (
    <div>
      {usage !== null && (
        <div
          role="meter"
          aria-label="Seats used"
          aria-valuemin={0}
          aria-valuemax={seats.limit ?? 0}
          aria-valuenow={seats.used}
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
      <span>{seatsLeftLabel(seats)}</span>
    </div>
  );
}
