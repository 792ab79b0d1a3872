import type { WebhookAttemptDto } from '@roster/core/browser';
import { Chip } from '../../components/ui/chip';
import { cn } from '../../lib/cn';
import { formatRelative } from '../../lib/dates';
import { formatDuration, isSuccessCode, outcomeLabel } from './delivery-format';

/** A delivery's attempts, newest first: when, what the receiver answered, how long it took. */
export function DeliveryAttempts({ id, attempts }: { id: string; attempts: WebhookAttemptDto[] }) {
  if (attempts.length === 0)
    return (
      <p id={id} className="text-xs text-zinc-600">
        No attempt yet: the first one starts in a moment.
      </p>
    );
  return (
    <ol id={id} aria-label="Attempts" className="space-y-1.5 border-l-2 border-zinc-200 pl-3">
      {attempts.map((attempt) => (
        <li key={attempt.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-700">
          <time dateTime={attempt.startedAt} title={new Date(attempt.startedAt).toLocaleString('en-US')}>
            {formatRelative(attempt.startedAt)}
          </time>
          <span
            className={cn(
              'font-medium [overflow-wrap:anywhere]',
              isSuccessCode(attempt.responseCode) ? 'text-emerald-700' : 'text-red-700',
            )}
          >
            {outcomeLabel(attempt)}
          </span>
          <span>{formatDuration(attempt.durationMs)}</span>
          {attempt.redelivery && <Chip tone="indigo">Redelivery</Chip>}
        </li>
      ))}
    </ol>
  );
}
