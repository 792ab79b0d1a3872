import { auditSentence, type AuditRecordDto } from '@roster/core/browser';
import { ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { Avatar } from '../../components/ui/avatar';
import { focusRing } from '../../components/ui/button';
import { Chip } from '../../components/ui/chip';
import { cn } from '../../lib/cn';
import { formatRelative } from '../../lib/dates';
import { AuditDetails } from './audit-details';
import { actorName, exactTime, targetKind, targetLabel } from './audit-format';

function When({ iso, now }: { iso: string; now: Date }) {
  return (
    <time dateTime={iso} title={exactTime(iso)} className="whitespace-nowrap">
      {formatRelative(iso, now.getTime())}
    </time>
  );
}

/** Who (avatar, name, "API key") and, beneath, when. */
function Actor({ actor, createdAt, now }: { actor: AuditRecordDto['actor']; createdAt: string; now: Date }) {
  const name = actorName(actor);
  return (
    <span className="flex min-w-0 items-start gap-2.5">
      <Avatar name={name} shape={actor.type === 'user' ? 'round' : 'square'} className="mt-0.5" />
      <span className="min-w-0">
        <span className="flex min-w-0 items-center gap-1.5">
          <span className="min-w-0 truncate font-medium text-zinc-900" title={name}>
            {name}
          </span>
          {actor.type === 'apiKey' && <Chip tone="indigo">API key</Chip>}
          {actor.type === 'system' && <Chip>System</Chip>}
        </span>
        <span className="block text-xs text-zinc-600">
          <When iso={createdAt} now={now} />
        </span>
      </span>
    </span>
  );
}

/**
 * A record: who and when, the sentence, the target and the address it came from; the chevron
 * opens the before/after and the user agent beneath. Below 768 px who and when fold under the
 * sentence; below 1280 px the target and IP are in the details only.
 */
export function AuditRow({
  record,
  now,
  columns,
}: {
  record: AuditRecordDto;
  now: Date;
  /** How many columns show at this width: the details span them. */
  columns: number;
}) {
  const [open, setOpen] = useState(false);
  const detailsId = `audit-details-${record.id}`;
  const sentenceId = `audit-sentence-${record.id}`;
  const target = targetLabel(record.target);
  return (
    <>
      <tr className={cn('border-b border-zinc-100 align-top hover:bg-zinc-50/60', open && 'bg-zinc-50/60')}>
        <td className="hidden w-56 px-4 py-3 md:table-cell">
          <Actor actor={record.actor} createdAt={record.createdAt} now={now} />
        </td>
        <td className="px-4 py-3">
          <p id={sentenceId} className="text-zinc-900 [overflow-wrap:anywhere]">
            {auditSentence(record)}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-600 md:hidden">
            <span className="font-medium text-zinc-700">{actorName(record.actor)}</span>
            {record.actor.type === 'apiKey' && <Chip tone="indigo">API key</Chip>}
            <span aria-hidden>·</span>
            <When iso={record.createdAt} now={now} />
          </p>
        </td>
        <td className="hidden w-44 px-4 py-3 xl:table-cell">
          {target ? (
            <span className="block min-w-0 [overflow-wrap:anywhere]">
              <span className="text-zinc-900">{target}</span>
              {record.target.name && targetKind(record.target) && (
                <span className="block text-xs text-zinc-600">{targetKind(record.target)}</span>
              )}
            </span>
          ) : (
            <span className="text-zinc-600">—</span>
          )}
        </td>
        <td className="hidden w-36 px-4 py-3 font-mono text-xs leading-5 text-zinc-600 xl:table-cell">
          <span className="[overflow-wrap:anywhere]">{record.ip ?? '—'}</span>
        </td>
        <td className="w-14 py-2 pr-2 pl-0 text-right">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            aria-describedby={sentenceId}
            onClick={() => setOpen(!open)}
            className={cn(
              'inline-flex size-8 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 max-lg:size-11',
              focusRing,
            )}
          >
            <ChevronRight aria-hidden className={cn('size-4 transition-transform', open && 'rotate-90')} />
            <span className="sr-only">{open ? 'Hide details' : 'Show details'}</span>
          </button>
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="border-b border-zinc-100 bg-zinc-50/60">
          <td colSpan={columns} className="px-4 pt-1 pb-4">
            <AuditDetails record={record} />
          </td>
        </tr>
      )}
    </>
  );
}
