import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { buttonLinkClass } from '../../components/ui/button-link';
import { Card, CardHeader } from '../../components/ui/card';
import { useDocumentTitle } from '../../lib/use-document-title';
import { planLabels } from '../organizations/org-format';
import { useCurrentOrg } from '../organizations/org-queries';
import { BreakdownCard } from './breakdown-card';
import { apiKeyLines, projectLines } from './breakdown-lines';
import { DailyUsageCard } from './daily-usage-card';
import { RangeToggle } from './range-toggle';
import { ThisMonthCard } from './this-month-card';
import { lastDays, type RangeDays } from './usage-dates';
import { fillDays, hasUsage, usageExportUrl } from './usage-format';
import { summaryIsEmpty } from './usage-limits';
import { usageSeriesQuery, usageSummaryQuery } from './usage-queries';
import { NoUsageYet, SectionSkeleton, UsageError, UsageSkeleton } from './usage-states';

/**
 * `/orgs/$orgId/usage` (owners and admins; the route refuses anyone else): this month against the
 * plan's limits, the last 30 or 90 days per day, by project and by API key, and the CSV exports.
 */
export function UsageScreen() {
  const org = useCurrentOrg();
  useDocumentTitle(`Usage · ${org.name}`);
  const [days, setDays] = useState<RangeDays>(30);
  const range = useMemo(() => lastDays(days, new Date()), [days]);
  const period = `last ${days} days`;
  const summary = useQuery(usageSummaryQuery(org.id));
  // Another range keeps the last one's charts on screen until its days arrive.
  const daily = useQuery({ ...usageSeriesQuery(org.id, range, 'day'), placeholderData: keepPreviousData });
  const byProject = useQuery(usageSeriesQuery(org.id, range, 'project'));
  const byKey = useQuery(usageSeriesQuery(org.id, range, 'apiKey'));
  const exportUrl = (groupBy: 'day' | 'project' | 'apiKey') =>
    usageExportUrl({ orgId: org.id, ...range, groupBy });

  const dayRows = useMemo(() => (daily.data ? fillDays(daily.data.rows, range) : null), [daily.data, range]);
  const noUsageYet = summary.data && dayRows && summaryIsEmpty(summary.data) && !hasUsage(dayRows);

  let content;
  if (summary.isPending) content = <UsageSkeleton />;
  else if (summary.isError)
    content = (
      <Card>
        <UsageError
          title="Usage could not be loaded"
          error={summary.error}
          retrying={summary.isFetching}
          onRetry={() =>
            void Promise.all([summary.refetch(), daily.refetch(), byProject.refetch(), byKey.refetch()])
          }
        />
      </Card>
    );
  else
    content = (
      <div className="space-y-6">
        <ThisMonthCard summary={summary.data} planLabel={planLabels[org.plan]} />
        {noUsageYet ? (
          <NoUsageYet orgId={org.id} />
        ) : (
          <>
            <DailySection query={daily} days={dayRows} period={period} />
            <div className="grid gap-6 2xl:grid-cols-2">
              <BreakdownCard
                title="By project"
                description={`The ${period}, busiest first.`}
                column="Project"
                lines={byProject.data ? projectLines(byProject.data.rows) : null}
                exportUrl={exportUrl('project')}
                empty={`Nothing was counted in the ${period}.`}
                state={seriesState(byProject, 'The breakdown by project')}
              />
              <BreakdownCard
                title="By API key"
                description={`The ${period}, busiest first.`}
                column="API key"
                lines={byKey.data ? apiKeyLines(byKey.data.rows) : null}
                exportUrl={exportUrl('apiKey')}
                empty={`Nothing was counted in the ${period}.`}
                state={seriesState(byKey, 'The breakdown by API key')}
              />
            </div>
          </>
        )}
      </div>
    );

  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="Usage"
        description="API calls, bandwidth and storage, counted per UTC day."
        actions={
          <>
            <RangeToggle value={days} onChange={setDays} />
            <a href={exportUrl('day')} download className={buttonLinkClass('secondary')}>
              <Download aria-hidden className="size-4" />
              Export CSV
            </a>
          </>
        }
      />
      {content}
    </>
  );
}

interface SeriesQuery {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** A series loading or failed; null once it has arrived (its card shows it). */
function seriesState(query: SeriesQuery, what: string): ReactNode {
  if (query.isPending) return <SectionSkeleton label={`Loading ${what.toLowerCase()}`} className="h-24" />;
  if (query.isError)
    return (
      <UsageError
        title={`${what} could not be loaded`}
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  return null;
}

/** The daily charts, or their card loading or failed. */
function DailySection({
  query,
  days,
  period,
}: {
  query: SeriesQuery;
  days: ReturnType<typeof fillDays> | null;
  period: string;
}) {
  if (days) return <DailyUsageCard days={days} period={period} />;
  return (
    <Card>
      <CardHeader title="Daily usage" description={`Per UTC day, ${period}.`} />
      {seriesState(query, 'The daily usage')}
    </Card>
  );
}
