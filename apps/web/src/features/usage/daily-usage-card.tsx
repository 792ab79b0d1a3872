import { ChevronDown } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { cn } from '../../lib/cn';
import { formatBytes } from '../content/upload/upload-format';
import { UsageChart, type ChartSeries } from './usage-chart';
import { formatLongDay } from './usage-dates';
import { chartSummary, formatCount, type DayRow } from './usage-format';

const callSeries: ChartSeries[] = [{ key: 'apiCalls', name: 'API calls', color: 'var(--color-indigo-500)' }];
const bandwidthSeries: ChartSeries[] = [
  { key: 'bandwidthOut', name: 'Out (downloads)', color: 'var(--color-indigo-500)' },
  { key: 'bandwidthIn', name: 'In (uploads)', color: 'var(--color-teal-600)' },
];

/**
 * The range's days as two charts (API calls; bandwidth out and in) and, on request, as a table with
 * every figure: for keyboard and screen-reader users, and for whoever wants the numbers.
 */
export function DailyUsageCard({ days, period }: { days: DayRow[]; period: string }) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const bandwidthSummary = `${chartSummary(days, 'bandwidthOut', { title: 'Bandwidth out per day', period, unit: 'bytes' })} ${chartSummary(days, 'bandwidthIn', { title: 'Bandwidth in per day', period, unit: 'bytes' })}`;
  return (
    <Card>
      <CardHeader
        title="Daily usage"
        description={`Per UTC day, ${period}.`}
        action={
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? 'Hide table' : 'Show as table'}
            <ChevronDown
              aria-hidden
              className={cn('size-4 transition-transform', showTable && 'rotate-180')}
            />
          </Button>
        }
      />
      <CardBody className="grid gap-8 xl:grid-cols-2">
        <UsageChart
          title="API calls"
          rows={days}
          series={callSeries}
          unit="count"
          summary={chartSummary(days, 'apiCalls', { title: 'API calls per day', period, unit: 'count' })}
        />
        <UsageChart
          title="Bandwidth"
          stacked
          rows={days}
          series={bandwidthSeries}
          unit="bytes"
          summary={bandwidthSummary}
        />
      </CardBody>
      <div id={tableId} hidden={!showTable} className="border-t border-zinc-100">
        {showTable && <DayTable days={days} period={period} />}
      </div>
    </Card>
  );
}

// On phones the columns sit closer (the card keeps its edge) so that a day's four figures fit
// without scrolling sideways.
const cell = 'px-4 whitespace-nowrap sm:px-5 max-sm:px-2 max-sm:first:pl-4 max-sm:last:pr-4';
const th = cn(cell, 'py-2.5 text-xs font-medium text-zinc-500');
const td = cn(cell, 'py-2 tabular-nums');

/** Every day of the range, newest first. */
function DayTable({ days, period }: { days: DayRow[]; period: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Usage per UTC day, {period}, newest first</caption>
        <thead className="border-b border-zinc-100 bg-zinc-50/60">
          <tr>
            <th scope="col" className={cn(th, 'text-left')}>
              Day
            </th>
            <th scope="col" className={cn(th, 'text-right')}>
              API calls
            </th>
            <th scope="col" className={cn(th, 'text-right')}>
              Out
            </th>
            <th scope="col" className={cn(th, 'text-right')}>
              In
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {[...days].reverse().map((day) => (
            <tr key={day.day}>
              <th scope="row" className={cn(td, 'text-left font-normal text-zinc-900')}>
                {formatLongDay(day.day)}
              </th>
              <td className={cn(td, 'text-right text-zinc-700')}>{formatCount(day.apiCalls)}</td>
              <td className={cn(td, 'text-right text-zinc-700')}>{formatBytes(day.bandwidthOut)}</td>
              <td className={cn(td, 'text-right text-zinc-700')}>{formatBytes(day.bandwidthIn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
