import { inviteOutcomeLabels } from '@roster/core/browser';
import { Button } from '../../components/ui/button';
import { Chip } from '../../components/ui/chip';
import { DialogFooter } from '../../components/ui/dialog';
import type { InviteResult } from './invite-form';
import { inviteOutcomeTones, outcomeSummary } from './invitation-format';

/** Each email with its outcome, colored (green invited, red invalid…). */
export function InviteResults({
  results,
  onInviteMore,
  onDone,
}: {
  results: InviteResult[];
  onInviteMore(): void;
  onDone(): void;
}) {
  return (
    <div>
      <p role="status" className="text-sm font-medium text-zinc-800">
        {outcomeSummary(results)}
      </p>
      <ul
        aria-label="Invitation results"
        className="mt-3 max-h-72 divide-y divide-zinc-100 overflow-y-auto rounded-lg border border-zinc-200"
      >
        {results.map((result, index) => (
          <li key={`${result.email}-${index}`} className="flex items-center justify-between gap-3 px-3 py-2">
            <span className="min-w-0 truncate text-sm text-zinc-800" title={result.email}>
              {result.email}
            </span>
            <Chip tone={inviteOutcomeTones[result.status]}>{inviteOutcomeLabels[result.status]}</Chip>
          </li>
        ))}
      </ul>
      <DialogFooter>
        <Button variant="secondary" onClick={onInviteMore}>
          Invite more
        </Button>
        <Button autoFocus onClick={onDone}>
          Done
        </Button>
      </DialogFooter>
    </div>
  );
}
