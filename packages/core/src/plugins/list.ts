import { Plugin } from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import { installerOf, toPluginDto } from './dto.js';
import type { PluginDto } from './schemas.js';

/** `plugin.list`: the organization's installed plugins, oldest first; everyone in it may look. */
export async function listPlugins(scope: Scope): Promise<PluginDto[]> {
  assertCan(scope, 'org.read');
  const plugins = await scope.em.find(
    Plugin,
    { organization: scope.org.id },
    { populate: ['installedBy'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return plugins.map((plugin) => toPluginDto(plugin, installerOf(plugin)));
}
