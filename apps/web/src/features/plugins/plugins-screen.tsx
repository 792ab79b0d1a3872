import { can, type PluginKind } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { CloudOff, Puzzle } from 'lucide-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { Button } from '../../components/ui/button';
import { Card, CardHeader } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { readApiError } from '../../lib/api-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MembersTableSkeleton } from '../members/members-table-skeleton';
import { useCurrentOrg } from '../organizations/org-queries';
import { InstalledPluginItem } from './installed-plugin-item';
import { PluginCatalog } from './plugin-catalog';
import { pluginsQuery, type Plugin } from './plugin-queries';
import { UsageAlertDialog } from './usage-alert-dialog';
import { WebhookDialog } from './webhook-dialog';

/** What a dialog edits: a new plugin of a kind (with the catalog's name), or an installed one. */
interface Editing {
  kind: PluginKind;
  name: string;
  /** A snapshot taken when the dialog opened: a refetch of the list does not reset the form. */
  plugin?: Plugin;
}

/**
 * `/orgs/$orgId/plugins`: everyone in the organization sees the installed plugins; owners and
 * admins also install from the catalog, configure, uninstall, and read a webhook's delivery log.
 */
export function PluginsScreen() {
  const org = useCurrentOrg();
  useDocumentTitle(`Plugins · ${org.name}`);
  const canManage = can(org.role, 'plugin.manage');
  const plugins = useQuery(pluginsQuery(org.id));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [open, setOpen] = useState(false);
  const edit = (next: Editing) => {
    setEditing(next);
    setOpen(true);
  };

  let body;
  if (plugins.isPending) body = <MembersTableSkeleton label="Loading plugins" />;
  else if (plugins.isError)
    body = (
      <EmptyState
        icon={CloudOff}
        title="Plugins could not be loaded"
        action={
          <Button variant="secondary" loading={plugins.isFetching} onClick={() => void plugins.refetch()}>
            Try again
          </Button>
        }
      >
        {readApiError(plugins.error).message}
      </EmptyState>
    );
  else if (plugins.data.length === 0)
    body = (
      <EmptyState icon={Puzzle} title="No plugins installed">
        {canManage
          ? 'Install one from the catalog below: a webhook sends events to another tool, a usage alert emails you before a limit is reached.'
          : 'When an owner or admin installs one, it shows here.'}
      </EmptyState>
    );
  else
    body = (
      <ul aria-label="Installed plugins" className="divide-y divide-zinc-100">
        {plugins.data.map((plugin) => (
          <InstalledPluginItem
            key={plugin.id}
            orgId={org.id}
            plugin={plugin}
            canManage={canManage}
            onConfigure={() => edit({ kind: plugin.kind, name: plugin.name, plugin })}
          />
        ))}
      </ul>
    );

  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="Plugins"
        description={
          canManage
            ? `Connect ${org.name} to other tools. Everyone in the organization sees what is installed.`
            : `What is connected to ${org.name}. Owners and admins install and manage plugins.`
        }
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Installed" />
          {body}
        </Card>
        {canManage && (
          <PluginCatalog
            orgId={org.id}
            installed={plugins.data ?? []}
            onInstall={(entry) => edit({ kind: entry.kind, name: entry.name })}
          />
        )}
      </div>
      <WebhookDialog
        orgId={org.id}
        open={open && editing?.kind === 'webhook'}
        onOpenChange={setOpen}
        plugin={editing?.kind === 'webhook' ? editing.plugin : undefined}
        defaultName={editing?.name}
      />
      <UsageAlertDialog
        orgId={org.id}
        open={open && editing?.kind === 'usage_alert'}
        onOpenChange={setOpen}
        plugin={editing?.kind === 'usage_alert' ? editing.plugin : undefined}
        defaultName={editing?.name}
      />
    </>
  );
}
