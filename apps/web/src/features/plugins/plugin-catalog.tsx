import type { PluginCatalogEntryDto } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { Card, CardHeader } from '../../components/ui/card';
import { Skeleton } from '../../components/ui/skeleton';
import { readApiError } from '../../lib/api-error';
import { PluginKindIcon } from './plugin-kind-icon';
import { catalogQuery, type Plugin } from './plugin-queries';

/** The catalog's description as a sentence (it may come without its full stop). */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** What owners and admins can install: each plugin of the catalog with its Install button. */
export function PluginCatalog({
  orgId,
  installed,
  onInstall,
}: {
  orgId: string;
  installed: Plugin[];
  onInstall(entry: PluginCatalogEntryDto): void;
}) {
  const catalog = useQuery(catalogQuery(orgId));
  let body;
  if (catalog.isPending)
    body = (
      <div role="status" aria-label="Loading the catalog" className="grid gap-3 p-4 sm:grid-cols-2 sm:p-5">
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
      </div>
    );
  else if (catalog.isError)
    body = (
      <div className="flex flex-wrap items-center gap-3 px-4 py-4 text-sm text-zinc-700 sm:px-5">
        <span>The catalog could not be loaded: {readApiError(catalog.error).message}</span>
        <Button
          variant="secondary"
          size="sm"
          loading={catalog.isFetching}
          onClick={() => void catalog.refetch()}
        >
          Try again
        </Button>
      </div>
    );
  else
    body = (
      <ul aria-label="Plugins to install" className="grid gap-3 p-4 sm:grid-cols-2 sm:p-5">
        {catalog.data.map((entry) => {
          const taken = !entry.multiple && installed.some((plugin) => plugin.kind === entry.kind);
          return (
            <li key={entry.kind} className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-4">
              <div className="flex items-start gap-3">
                <PluginKindIcon kind={entry.kind} />
                <div className="min-w-0">
                  <h3 className="font-medium text-zinc-900">{entry.name}</h3>
                  <p className="mt-0.5 text-sm text-zinc-600">{sentence(entry.description)}</p>
                </div>
              </div>
              <div className="mt-auto flex flex-wrap items-center justify-end gap-3">
                {taken && <span className="text-xs text-zinc-600">Installed: configure it above.</span>}
                <Button variant="secondary" size="sm" disabled={taken} onClick={() => onInstall(entry)}>
                  <Plus aria-hidden className="size-4" />
                  Install<span className="sr-only"> {entry.name}</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    );

  return (
    <Card>
      <CardHeader title="Catalog" description="Plugins owners and admins can add to this organization." />
      {body}
    </Card>
  );
}
