import type { PluginDto } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';

export type Plugin = PluginDto;

/** The organization's installed plugins (everyone in it may read them). */
export const pluginsQuery = (orgId: string) => trpc.plugin.list.queryOptions({ orgId });

/** The plugins an owner or admin can install. */
export const catalogQuery = (orgId: string) => trpc.plugin.catalog.queryOptions({ orgId });

function usePluginsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.plugin.list.pathKey() });
}

/** Installs a plugin; the caller shows a webhook's secret (once) from the result. */
export function useInstallPlugin() {
  const changed = usePluginsChanged();
  return useMutation(trpc.plugin.install.mutationOptions({ onSuccess: changed }));
}

export function useConfigurePlugin() {
  const changed = usePluginsChanged();
  return useMutation(trpc.plugin.configure.mutationOptions({ onSuccess: changed }));
}

/** Uninstalls a plugin; `onDone` closes the confirmation either way. */
export function useUninstallPlugin(plugin: Plugin, onDone: () => void) {
  const changed = usePluginsChanged();
  return useMutation(
    trpc.plugin.uninstall.mutationOptions({
      onSuccess: async () => {
        await changed();
        onDone();
        toast.success(`Uninstalled ${plugin.name}`);
      },
      onError: (error) => {
        onDone();
        toast.error(readApiError(error).message);
      },
    }),
  );
}
