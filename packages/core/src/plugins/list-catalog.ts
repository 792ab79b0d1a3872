import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import { pluginCatalog } from './catalog.js';
import type { PluginCatalogEntryDto } from './schemas.js';

/** `plugin.catalog`: what can be installed; everyone in the organization may look. */
export async function listPluginCatalog(scope: Scope): Promise<PluginCatalogEntryDto[]> {
  assertCan(scope, 'org.read');
  return pluginCatalog.map((entry) => ({ ...entry }));
}
