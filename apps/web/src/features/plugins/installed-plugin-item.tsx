import { ChevronDown } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Chip } from '../../components/ui/chip';
import { cn } from '../../lib/cn';
import { DeliveriesPanel } from './deliveries-panel';
import { installedLabel, settingsSummary } from './plugin-summary';
import { kindLabels, PluginKindIcon } from './plugin-kind-icon';
import type { Plugin } from './plugin-queries';
import { PluginRowMenu } from './plugin-row-menu';

/**
 * An installed plugin: its kind, name, settings in a line and who installed it. Owners and admins
 * also get its ⋮ menu and, for a webhook, its delivery log (opened under it).
 */
export function InstalledPluginItem({
  orgId,
  plugin,
  canManage,
  onConfigure,
}: {
  orgId: string;
  plugin: Plugin;
  canManage: boolean;
  onConfigure(): void;
}) {
  const id = useId();
  const [logOpen, setLogOpen] = useState(false);
  const hasLog = canManage && plugin.kind === 'webhook';

  return (
    <li aria-label={plugin.name}>
      <div className="flex items-start gap-3 px-4 py-4 sm:px-5">
        <PluginKindIcon kind={plugin.kind} />
        <div className="min-w-0 flex-1 space-y-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium [overflow-wrap:anywhere] text-zinc-900">{plugin.name}</span>
            {plugin.name !== kindLabels[plugin.kind] && (
              <Chip tone={plugin.kind === 'webhook' ? 'indigo' : 'amber'}>{kindLabels[plugin.kind]}</Chip>
            )}
          </p>
          <p className="text-sm [overflow-wrap:anywhere] text-zinc-700">{settingsSummary(plugin)}</p>
          <p className="text-xs text-zinc-600">
            {installedLabel(plugin)}
            {plugin.secretPrefix && (
              <>
                {' · '}
                <span className="font-mono" title="The signing secret’s first characters">
                  {plugin.secretPrefix}
                </span>
              </>
            )}
          </p>
          {hasLog && (
            <Button
              variant="ghost"
              size="sm"
              className="-ml-3"
              aria-expanded={logOpen}
              aria-controls={`${id}-log`}
              onClick={() => setLogOpen(!logOpen)}
            >
              <ChevronDown
                aria-hidden
                className={cn('size-4 transition-transform', logOpen && 'rotate-180')}
              />
              {logOpen ? 'Hide delivery log' : 'Delivery log'}
            </Button>
          )}
        </div>
        {canManage && <PluginRowMenu plugin={plugin} onConfigure={onConfigure} />}
      </div>
      {hasLog && logOpen && <DeliveriesPanel orgId={orgId} plugin={plugin} id={`${id}-log`} />}
    </li>
  );
}
