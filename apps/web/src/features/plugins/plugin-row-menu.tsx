import { Settings2, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem } from '../../components/ui/dropdown-menu';
import { RowMenuTrigger } from '../members/row-menu-trigger';
import { useOrgId } from '../organizations/org-queries';
import { useUninstallPlugin, type Plugin } from './plugin-queries';

/** An installed plugin's ⋮ menu (owners and admins): configure it, or uninstall it after a confirmation. */
export function PluginRowMenu({ plugin, onConfigure }: { plugin: Plugin; onConfigure(): void }) {
  const orgId = useOrgId();
  const [confirming, setConfirming] = useState(false);
  const uninstall = useUninstallPlugin(plugin, () => setConfirming(false));
  const webhook = plugin.kind === 'webhook';

  return (
    <>
      <DropdownMenu>
        <RowMenuTrigger label={`Actions for ${plugin.name}`} />
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={onConfigure}>
            <Settings2 aria-hidden className="size-4" />
            Configure
          </DropdownMenuItem>
          <DropdownMenuItem destructive onSelect={() => setConfirming(true)}>
            <Trash2 aria-hidden className="size-4" />
            Uninstall
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Uninstall ${plugin.name}?`}
        description={
          webhook
            ? 'Its delivery log goes with it. No more events are sent to its URL; to receive them again, install a new webhook (it gets a new secret).'
            : 'No more usage alerts are emailed for it. You can install a usage alert again at any time.'
        }
        confirmLabel="Uninstall"
        destructive
        pending={uninstall.isPending}
        onConfirm={() => uninstall.mutate({ orgId, pluginId: plugin.id })}
      />
    </>
  );
}
