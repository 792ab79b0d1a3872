import type { StatsTotalsDto } from '@roster/core/browser';
import {
  Clock,
  Download,
  FileText,
  Folder,
  FolderKanban,
  HardDrive,
  Upload,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { When } from './stats-freshness';
import { formatBytes, formatCount } from './stats-format';

function Tile({ icon: Icon, label, children }: { icon: LucideIcon; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 rounded-md border border-zinc-200 bg-zinc-50/60 px-3.5 py-3">
      <dt className="flex items-center gap-1.5 text-xs font-medium text-zinc-600">
        <Icon aria-hidden className="size-3.5 shrink-0" />
        {label}
      </dt>
      <dd className="mt-1.5 text-lg font-semibold tracking-tight [overflow-wrap:anywhere] text-zinc-900 tabular-nums sm:text-xl">
        {children}
      </dd>
    </div>
  );
}

/** The organization's totals: what it holds, and its uploads and downloads of the last 30 days. */
export function OverviewTotals({ totals, now }: { totals: StatsTotalsDto; now: number }) {
  return (
    <section aria-label="Organization totals">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Tile icon={Users} label="Members">
          {formatCount(totals.members)}
        </Tile>
        <Tile icon={FolderKanban} label="Projects">
          {formatCount(totals.projects)}
        </Tile>
        <Tile icon={Folder} label="Folders">
          {formatCount(totals.folders)}
        </Tile>
        <Tile icon={FileText} label="Files">
          {formatCount(totals.assets)}
        </Tile>
        <Tile icon={HardDrive} label="Storage">
          {formatBytes(totals.storageBytes)}
        </Tile>
        <Tile icon={Upload} label="Uploads (30 days)">
          {formatCount(totals.uploads30d)}
        </Tile>
        <Tile icon={Download} label="Downloads (30 days)">
          {formatCount(totals.downloads30d)}
        </Tile>
        <Tile icon={Clock} label="Last activity">
          <When iso={totals.lastActivityAt} now={now} />
        </Tile>
      </dl>
    </section>
  );
}
