import { Plugin } from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import { transact, type Scope } from '../scope.js';
import type { PluginKind } from '../vocabulary/plugins.js';
import { installerOf, toPluginDto } from './dto.js';
import { pluginNotFound } from './errors.js';
import type { PluginDto } from './schemas.js';

/**
 * `plugin.uninstall`: owners and admins remove a plugin (its delivery log goes with it). The
 * delete is what decides: of two uninstalls at once, one records `plugin.uninstalled`, the other
 * answers PLUGIN_NOT_FOUND. Answers with the plugin as it was.
 */
export async function uninstallPlugin(scope: Scope, input: { pluginId: string }): Promise<PluginDto> {
  assertCan(scope, 'plugin.manage');
  return transact(scope, async (tx) => {
    const plugin = await tx.em.findOne(
      Plugin,
      { id: input.pluginId, organization: tx.org.id },
      { populate: ['installedBy'] },
    );
    if (!plugin) throw pluginNotFound();
    const deleted = await tx.em.nativeDelete(Plugin, { id: plugin.id });
    if (deleted === 0) throw pluginNotFound();
    await tx.record('plugin.uninstalled', {
      pluginId: plugin.id,
      kind: plugin.kind as PluginKind,
      name: plugin.name,
      installedBy: plugin.installedBy?.id ?? null,
      reason: 'uninstalled',
    });
    return toPluginDto(plugin, installerOf(plugin));
  });
}
