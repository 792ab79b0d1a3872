import { CircleAlert, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { Card, CardBody, CardFooter, CardHeader } from '../../components/ui/card';
import { UsageMeter } from '../../components/ui/usage-meter';
import { formatRelative } from '../../lib/dates';
import { formatBytes } from '../content/upload/upload-format';
import { formatMonth } from './usage-dates';
import { formatCount, leftLabel, limitShare, usedOfLabel } from './usage-format';
import { limitWarnings, type LimitWarning, type UsageSummary } from './usage-limits';
import { useNow } from './use-now';

/**
 * This UTC month against the organization's limits: a bar for each limited figure (amber from 80 %,
 * red at the limit), bandwidth in as a figure (it has no limit), and what happens at each limit.
 */
export function ThisMonthCard({ summary, planLabel }: { summary: UsageSummary; planLabel: string }) {
  const now = useNow(30_000);
  const warnings = limitWarnings(summary, now);
  return (
    <Card>
      <CardHeader
        title="This month"
        description={
          <>
            {formatMonth(summary.from)} (UTC) ·{' '}
            {summary.updatedAt
              ? `Updated ${formatRelative(summary.updatedAt, now.getTime())}`
              : 'Not counted yet'}
            . New calls and bytes show here within about a minute.
          </>
        }
      />
      <CardBody className="grid gap-x-8 gap-y-6 sm:grid-cols-2 xl:grid-cols-4">
        <LimitFigure
          label="API calls"
          note="Requests with API keys"
          used={summary.apiCalls.used}
          limit={summary.apiCalls.limit}
          unit="count"
        />
        <LimitFigure
          label="Bandwidth out"
          note="Downloads, web and API"
          used={summary.bandwidthOut.used}
          limit={summary.bandwidthOut.limit}
          unit="bytes"
        />
        <LimitFigure
          label="Storage"
          note={`Peak this month: ${formatBytes(summary.storage.peak)}`}
          used={summary.storage.used}
          limit={summary.storage.limit}
          unit="bytes"
        />
        <Figure label="Bandwidth in" value={formatBytes(summary.bandwidthIn.used)}>
          <p className="text-sm text-zinc-600">Uploads, web and API · no limit</p>
        </Figure>
      </CardBody>
      {warnings.length > 0 && (
        <CardBody className="space-y-2 border-t border-zinc-100">
          {warnings.map((warning) => (
            <Warning key={warning.key} warning={warning} />
          ))}
        </CardBody>
      )}
      <CardFooter>
        <p className="mr-auto text-sm text-zinc-600">
          Limits of the {planLabel} plan; your Roster operator can change them. Over the month’s API calls or
          bandwidth out, requests with API keys are refused while the web app keeps working; full storage
          refuses uploads.
        </p>
      </CardFooter>
    </Card>
  );
}

function Figure({
  label,
  value,
  of,
  children,
}: {
  label: string;
  value: string;
  of?: string;
  children: ReactNode;
}) {
  return (
    <section aria-label={label} className="min-w-0">
      <h3 className="text-sm font-medium text-zinc-600">{label}</h3>
      <p className="mt-1 mb-2 text-zinc-600">
        <span className="text-xl font-semibold tracking-tight text-zinc-900 tabular-nums">{value}</span>
        {of && <span className="ml-1.5 text-sm tabular-nums">{of}</span>}
      </p>
      {children}
    </section>
  );
}

/** A figure with its bar against the limit (none when unlimited) and what is left under it. */
function LimitFigure({
  label,
  note,
  used,
  limit,
  unit,
}: {
  label: string;
  note: string;
  used: number;
  limit: number | null;
  unit: 'count' | 'bytes';
}) {
  const value = unit === 'count' ? formatCount(used) : formatBytes(used);
  const of =
    limit === null ? 'Unlimited' : `of ${unit === 'count' ? formatCount(limit) : formatBytes(limit)}`;
  return (
    <Figure label={label} value={value} of={of}>
      <div className="text-sm text-zinc-600">
        <UsageMeter
          label={`${label} used`}
          usage={limitShare(used, limit)}
          value={{ now: used, max: limit ?? 0, text: usedOfLabel(used, limit, unit) }}
          caption={limit === null ? note : `${leftLabel(used, limit, unit)} · ${note}`}
        />
      </div>
    </Figure>
  );
}

function Warning({ warning }: { warning: LimitWarning }) {
  const reached = warning.state === 'reached';
  const Icon = reached ? CircleAlert : TriangleAlert;
  return (
    <p
      className={
        reached
          ? 'flex gap-2.5 rounded-md border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800'
          : 'flex gap-2.5 rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm text-amber-900'
      }
    >
      <Icon
        aria-hidden
        className={reached ? 'mt-0.5 size-4 shrink-0 text-red-600' : 'mt-0.5 size-4 shrink-0 text-amber-700'}
      />
      <span>{warning.message}</span>
    </p>
  );
}
