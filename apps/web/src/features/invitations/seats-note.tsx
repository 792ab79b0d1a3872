import { Armchair } from 'lucide-react';
import { seatsLabel, seatsLeftLabel, type Seats } from '../organizations/org-format';

/**
 * Seats used against the plan, and a warning when fewer are left than the people this invite would
 * add (`inviting`: valid new addresses, not members or invited already).
 */
export function SeatsNote({ seats, inviting }: { seats: Seats; inviting: number }) {
  const left = seats.limit === null ? null : Math.max(0, seats.limit - seats.used);
  const short = left !== null && inviting > left;
  return (
    <div
      className={
        short
          ? 'flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900'
          : 'flex items-start gap-2 rounded-md bg-zinc-50 px-3 py-2 text-sm text-zinc-600'
      }
    >
      <Armchair aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>
        Seats used: <span className="font-medium">{seatsLabel(seats)}</span> (
        {seatsLeftLabel(seats).toLowerCase()}). Pending invitations take a seat.
        {short &&
          ` This invite would add ${inviting} ${inviting === 1 ? 'person' : 'people'}: those past the limit will not be invited.`}
      </p>
    </div>
  );
}
