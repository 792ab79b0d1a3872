import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { formatBytes } from '../content/upload/upload-format';
import { byteTicks } from './chart-ticks';
import { formatLongDay, formatShortDay } from './usage-dates';
import { formatCompactCount, formatCount, type DayRow } from './usage-format';

export type DayMetric = 'apiCalls' | 'bandwidthIn' | 'bandwidthOut';

export interface ChartSeries {
  key: DayMetric;
  name: string;
  /**
   * The bars' colour: a palette variable, so that the dark theme's palette applies (the 500 shades
   * are kept in both themes and stand out on either surface).
   */
  color: string;
}

// Axis and grid in the palette's greys: they follow the theme (features/theme/dark-palette.css).
const tick = { fill: 'var(--color-zinc-500)', fontSize: 12 };

/** "0", "512 KB", "1.5 GB": short enough for an axis. */
function bytesTick(value: number): string {
  return value === 0 ? '0' : formatBytes(value);
}

/**
 * Bars per UTC day for one or more metrics, with a tooltip per day. The drawing is one image to
 * assistive technology, named by `summary` (the totals and the busiest day); every figure is also
 * in the day table under the charts.
 */
export function UsageChart({
  title,
  rows,
  series,
  unit,
  summary,
  stacked = false,
}: {
  title: string;
  rows: DayRow[];
  series: ChartSeries[];
  unit: 'count' | 'bytes';
  summary: string;
  /** One bar per day with a segment per series (a day's total at a glance; 90 days stay legible). */
  stacked?: boolean;
}) {
  const format = unit === 'count' ? formatCount : formatBytes;
  const max = Math.max(
    0,
    ...rows.map((row) =>
      stacked
        ? series.reduce((sum, item) => sum + row[item.key], 0)
        : Math.max(...series.map((item) => row[item.key])),
    ),
  );
  const ticks = unit === 'bytes' && max > 0 ? byteTicks(max) : undefined;
  return (
    <figure className="min-w-0">
      <figcaption className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <h3 className="text-sm font-medium text-zinc-900">{title}</h3>
        {series.length > 1 && <Legend series={series} />}
      </figcaption>
      <div role="img" aria-label={summary} className="mt-3 h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
            accessibilityLayer={false}
            barGap={1}
            barCategoryGap="15%"
          >
            <CartesianGrid vertical={false} stroke="var(--color-zinc-200)" />
            <XAxis
              dataKey="day"
              tickFormatter={formatShortDay}
              tick={tick}
              tickLine={false}
              axisLine={{ stroke: 'var(--color-zinc-300)' }}
              minTickGap={28}
            />
            <YAxis
              tickFormatter={unit === 'count' ? formatCompactCount : bytesTick}
              allowDecimals={false}
              ticks={ticks}
              domain={ticks ? [0, ticks[ticks.length - 1]!] : undefined}
              width={unit === 'count' ? 40 : 60}
              tick={tick}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              cursor={{ fill: 'var(--color-zinc-100)' }}
              isAnimationActive={false}
              content={(props) => <DayTooltip {...props} series={series} format={format} />}
            />
            {series.map((item, index) => (
              <Bar
                key={item.key}
                dataKey={item.key}
                name={item.name}
                fill={item.color}
                stackId={stacked ? 'day' : undefined}
                radius={!stacked || index === series.length - 1 ? [2, 2, 0, 0] : 0}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function Swatch({ color }: { color: string }) {
  return (
    <span aria-hidden className="inline-block size-2.5 shrink-0 rounded-xs" style={{ background: color }} />
  );
}

function Legend({ series }: { series: ChartSeries[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600">
      {series.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <Swatch color={item.color} />
          {item.name}
        </li>
      ))}
    </ul>
  );
}

/** The hovered day: its date and each series' figure, in the page's own colours (either theme). */
function DayTooltip({
  active,
  payload,
  series,
  format,
}: TooltipContentProps & { series: ChartSeries[]; format: (value: number) => string }) {
  const row = payload?.[0]?.payload as DayRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="rounded-md border border-zinc-200 bg-white px-3 py-2 text-sm shadow-md">
      <p className="font-medium text-zinc-900">{formatLongDay(row.day)}</p>
      {series.map((item) => (
        <p key={item.key} className="mt-0.5 flex items-center gap-1.5 text-zinc-600">
          <Swatch color={item.color} />
          {item.name}: <span className="font-medium text-zinc-900 tabular-nums">{format(row[item.key])}</span>
        </p>
      ))}
    </div>
  );
}
