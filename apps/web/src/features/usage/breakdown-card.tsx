import { Download } from 'lucide-react';
import type { ReactNode } from 'react';
import { Card, CardHeader } from '../../components/ui/card';
import { standaloneLinkClass } from '../../components/ui/text-link';
import { cn } from '../../lib/cn';
import { formatBytes } from '../content/upload/upload-format';
import { formatCount, type UsageRow } from './usage-format';

export interface BreakdownLine {
  key: string;
  name: string;
  /** A second line under the name: the key's prefix, or why a row has no project or key. */
  detail?: string;
  row: UsageRow;
}

/** "By API key" → "by API key": the title inside a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const th = 'px-4 py-2.5 text-xs font-medium whitespace-nowrap text-zinc-500 sm:px-5';
const td = 'px-4 py-3 align-top whitespace-nowrap tabular-nums text-zinc-700 sm:px-5';

/**
 * One breakdown of the range (by project or by API key), busiest first as the API sorts it, with a
 * link to the same rows as CSV. Below 640 px the bytes in fold under the name.
 */
export function BreakdownCard({
  title,
  description,
  column,
  lines,
  exportUrl,
  empty,
  state,
}: {
  title: string;
  description: string;
  /** The first column's header ("Project", "API key"). */
  column: string;
  lines: BreakdownLine[] | null;
  exportUrl: string;
  /** Said when the range has no rows. */
  empty: string;
  /** What stands for the table while it loads or after it failed to (null: the table). */
  state: ReactNode;
}) {
  return (
    <Card className="min-w-0">
      <CardHeader
        title={title}
        description={description}
        action={
          <a href={exportUrl} download className={cn(standaloneLinkClass, 'gap-1 text-sm')}>
            <Download aria-hidden className="size-4" />
            CSV<span className="sr-only"> of usage {lowerFirst(title)}</span>
          </a>
        }
      />
      {state ??
        (lines && lines.length === 0 ? (
          <p className="px-4 py-6 text-sm text-zinc-600 sm:px-5">{empty}</p>
        ) : (
          lines && <BreakdownTable caption={`Usage ${lowerFirst(title)}`} column={column} lines={lines} />
        ))}
    </Card>
  );
}

function BreakdownTable({
  caption,
  column,
  lines,
}: {
  caption: string;
  column: string;
  lines: BreakdownLine[];
}) {
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-zinc-100 bg-zinc-50/60">
        <tr>
          <th scope="col" className={cn(th, 'text-left')}>
            {column}
          </th>
          <th scope="col" className={cn(th, 'w-22 text-right sm:w-28')}>
            API calls
          </th>
          <th scope="col" className={cn(th, 'w-22 text-right sm:w-28')}>
            Out
          </th>
          <th scope="col" className={cn(th, 'w-28 text-right max-sm:hidden')}>
            In
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {lines.map(({ key, name, detail, row }) => (
          <tr key={key}>
            <th scope="row" className="px-4 py-3 text-left font-normal sm:px-5">
              <span className="block font-medium [overflow-wrap:anywhere] text-zinc-900">{name}</span>
              {detail && <span className="block text-xs text-zinc-500">{detail}</span>}
              <span className="block text-xs text-zinc-500 sm:hidden">
                In: {formatBytes(row.bandwidthIn)}
              </span>
            </th>
            <td className={cn(td, 'text-right')}>{formatCount(row.apiCalls)}</td>
            <td className={cn(td, 'text-right')}>{formatBytes(row.bandwidthOut)}</td>
            <td className={cn(td, 'text-right max-sm:hidden')}>{formatBytes(row.bandwidthIn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
