import { Plugin } from '@roster/db';
import { DomainError } from '../errors.js';
import { assertCan } from '../permissions/assert.js';
import { transact, type Scope } from '../scope.js';
import { installerOf, toPluginDto } from './dto.js';
import { pluginNotFound } from './errors.js';
import { checkPluginConfig, type PluginOptions } from './options.js';
import type { ConfigurePluginInput, PluginDto } from './schemas.js';

function kindMismatch(): DomainError {
  return new DomainError('PLUGIN_KIND_MISMATCH', 'These are not the settings of this kind of plugin.', {
    field: 'kind',
  });
}

async function findPlugin(scope: Scope, pluginId: string): Promise<Plugin> {
  const plugin = await scope.em.findOne(
    Plugin,
    { id: pluginId, organization: scope.org.id },
    { populate: ['installedBy'] },
  );
  if (!plugin) throw pluginNotFound();
  return plugin;
}

/**
 * `plugin.configure`: owners and admins change a plugin's name and settings (never its secret or
 * installer). `kind` must be the plugin's. A webhook's URL is checked again, before the
 * transaction; in it, the row is locked first (an uninstall racing it: NOT_FOUND) and the
 * settings it replaces go into `plugin.configured`.
 */
export async function configurePlugin(
  scope: Scope,
  input: Omit<ConfigurePluginInput, 'orgId'>,
  options: PluginOptions,
): Promise<PluginDto> {
  assertCan(scope, 'plugin.manage');
  const before = await findPlugin(scope, input.pluginId);
  if (before.kind !== input.kind) throw kindMismatch();
  await checkPluginConfig(input.kind, input.config, options);
  return transact(scope, async (tx) => {
    const where = { id: input.pluginId, organization: tx.org.id };
    if ((await tx.em.nativeUpdate(Plugin, where, { updatedAt: tx.now })) === 0) throw pluginNotFound();
    const plugin = await findPlugin(tx, input.pluginId);
    const previousName = plugin.name;
    const previousConfig = plugin.config;
    plugin.name = input.name ?? plugin.name;
    plugin.config = { ...input.config };
    plugin.updatedAt = tx.now;
    await tx.em.flush();
    await tx.record('plugin.configured', {
      pluginId: plugin.id,
      kind: input.kind,
      name: plugin.name,
      config: plugin.config,
      previousName,
      previousConfig,
    });
    return toPluginDto(plugin, installerOf(plugin));
  });
}
