import type { WebhookDeliveryDto } from '@roster/core/browser';
import { ChevronRight, RotateCw } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Chip } from '../../components/ui/chip';
import { cn } from '../../lib/cn';
import { formatRelative } from '../../lib/dates';
import { DeliveryAttempts } from './delivery-attempts';
import { attemptsLabel, deliveryStatusChips, formatDuration, lastOutcome } from './delivery-format';
import { eventLabel } from './webhook-events';

/**
 * One delivery: the event, its state, the last answer and how long it took, when; its attempts
 * on demand, and "Redeliver" (the same event and id, again).
 */
export function DeliveryItem({
  delivery,
  redelivering,
  onRedeliver,
}: {
  delivery: WebhookDeliveryDto;
  redelivering: boolean;
  onRedeliver(): void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const { tone, label } = deliveryStatusChips[delivery.status];
  const at = delivery.lastAttemptAt ?? delivery.createdAt;

  return (
    <li className="px-4 py-3 sm:px-5" data-testid="delivery">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 space-y-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Chip tone={tone}>{label}</Chip>
            <span className="text-sm font-medium text-zinc-900">{eventLabel(delivery.action)}</span>
            <span className="font-mono text-xs text-zinc-600">{delivery.action}</span>
          </p>
          <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-zinc-600">
            <span>{lastOutcome(delivery)}</span>
            <span>{formatDuration(delivery.lastDurationMs)}</span>
            <time dateTime={at} title={new Date(at).toLocaleString('en-US')}>
              {formatRelative(at)}
            </time>
            <span className="font-mono [overflow-wrap:anywhere]" title="Event id">
              {delivery.eventId}
            </span>
          </p>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <Button
            variant="ghost"
            size="sm"
            aria-expanded={open}
            aria-controls={`${id}-attempts`}
            onClick={() => setOpen(!open)}
          >
            <ChevronRight aria-hidden className={cn('size-4 transition-transform', open && 'rotate-90')} />
            {attemptsLabel(delivery.attempts)}
          </Button>
          <Button variant="secondary" size="sm" loading={redelivering} onClick={onRedeliver}>
            {!redelivering && <RotateCw aria-hidden className="size-4" />}
            Redeliver
            <span className="sr-only"> {eventLabel(delivery.action).toLowerCase()}</span>
          </Button>
        </div>
      </div>
      {open && (
        <div className="mt-2">
          <DeliveryAttempts id={`${id}-attempts`} attempts={delivery.attemptLog} />
        </div>
      )}
    </li>
  );
}
