import type { ApiKeyScope } from '@roster/core/browser';
import { Chip, type ChipTone } from '../../components/ui/chip';
import { formatDate, formatRelative } from '../../lib/dates';
import { apiKeyScopeLabels, maskedKey } from './api-key-format';
import type { ApiKey } from './api-key-queries';

const statusChips: Record<ApiKey['status'], { tone: ChipTone; label: string }> = {
  active: { tone: 'emerald', label: 'Active' },
  expired: { tone: 'amber', label: 'Expired' },
  revoked: { tone: 'zinc', label: 'Revoked' },
};

export function StatusChip({ apiKey, className }: { apiKey: ApiKey; className?: string }) {
  const { tone, label } = statusChips[apiKey.status];
  return (
    <Chip tone={tone} className={className}>
      {label}
    </Chip>
  );
}

export function ScopeChips({ scopes }: { scopes: readonly ApiKeyScope[] }) {
  return (
    <ul aria-label="Scopes" className="flex flex-wrap gap-1">
      {scopes.map((scope) => (
        <li key={scope}>
          <Chip tone="indigo" className="font-mono">
            <span title={apiKeyScopeLabels[scope]}>{scope}</span>
          </Chip>
        </li>
      ))}
    </ul>
  );
}

const shownProjects = 3;

/** "All projects" (including ones created later), or the key's projects: the first few, then "+N more". */
export function projectsLabel(apiKey: ApiKey): string {
  if (!apiKey.projects) return 'All projects';
  const names = apiKey.projects.map((project) => project.name);
  if (names.length <= shownProjects) return names.join(', ');
  return `${names.slice(0, shownProjects).join(', ')} +${names.length - shownProjects} more`;
}

export function ProjectsCell({ apiKey }: { apiKey: ApiKey }) {
  const all = apiKey.projects?.map((project) => project.name).join(', ');
  return (
    <span className="text-zinc-700 [overflow-wrap:anywhere]" title={all}>
      {projectsLabel(apiKey)}
    </span>
  );
}

export function lastUsedLabel(apiKey: ApiKey): string {
  return apiKey.lastUsedAt ? `Last used ${formatRelative(apiKey.lastUsedAt)}` : 'Never used';
}

export function LastUsedCell({ apiKey }: { apiKey: ApiKey }) {
  if (!apiKey.lastUsedAt) return <span className="text-zinc-600">Never</span>;
  return (
    <time dateTime={apiKey.lastUsedAt} title={new Date(apiKey.lastUsedAt).toLocaleString('en-US')}>
      {formatRelative(apiKey.lastUsedAt)}
    </time>
  );
}

export function expiryLabel(apiKey: ApiKey): string {
  if (!apiKey.expiresAt) return 'Never expires';
  const past = new Date(apiKey.expiresAt).getTime() <= Date.now();
  return `${past ? 'Expired' : 'Expires'} ${formatDate(apiKey.expiresAt)}`;
}

export function ExpiresCell({ apiKey }: { apiKey: ApiKey }) {
  if (!apiKey.expiresAt) return <span className="text-zinc-600">Never</span>;
  return (
    <time dateTime={apiKey.expiresAt} title={formatRelative(apiKey.expiresAt)}>
      {formatDate(apiKey.expiresAt)}
    </time>
  );
}

export function createdLabel(apiKey: ApiKey): string {
  const by = apiKey.createdBy ? ` by ${apiKey.createdBy.name}` : '';
  return `Created ${formatDate(apiKey.createdAt)}${by}`;
}

/**
 * The key's name and masked prefix, with its creation under them. What has no column at this width
 * folds in here: the status beside the name and last use and expiry (below 1280 px), the scopes
 * as chips and the projects (below 1024 px).
 */
export function KeyCell({ apiKey }: { apiKey: ApiKey }) {
  return (
    <div className="min-w-0 space-y-1">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-medium [overflow-wrap:anywhere] text-zinc-900">{apiKey.name}</span>
        <StatusChip apiKey={apiKey} className="xl:hidden" />
      </p>
      <p className="font-mono text-xs text-zinc-600">{maskedKey(apiKey.prefix)}</p>
      <div className="space-y-1 pt-0.5 lg:hidden">
        <ScopeChips scopes={apiKey.scopes} />
        <p className="text-xs text-zinc-600 [overflow-wrap:anywhere]">
          {apiKey.projects ? `Projects: ${projectsLabel(apiKey)}` : projectsLabel(apiKey)}
        </p>
      </div>
      <p className="text-xs text-zinc-600 xl:hidden">
        {lastUsedLabel(apiKey)} · {expiryLabel(apiKey)}
      </p>
      <p className="text-xs text-zinc-600">{createdLabel(apiKey)}</p>
    </div>
  );
}
