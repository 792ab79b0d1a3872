import { UsageMeter } from '../../components/ui/usage-meter';
import { seatsLeftLabel, seatsUsage, type Seats } from './org-format';

/** A bar of seats used against the plan's limit (none when unlimited). */
export function SeatsMeter({ seats }: { seats: Seats }) {
  return (
    <UsageMeter
      label="Seats used"
      usage={seatsUsage(seats)}
      value={{ now: seats.used, max: seats.limit ?? 0 }}
      caption={seatsLeftLabel(seats)}
    />
  );
}
