import type { PluginKind } from '../vocabulary/plugins.js';
import type { PluginCatalogEntryDto } from './schemas.js';

/**
 * The plugins an organization can install (PRODUCT.md §8), in the order the catalog shows them.
 * `multiple`: whether an organization may install the kind more than once (a second usage alert
 * is refused with PLUGIN_ALREADY_INSTALLED: one per organization watches every metric it needs).
 */
export const pluginCatalog: readonly PluginCatalogEntryDto[] = [
  {
    kind: 'webhook',
    name: 'Webhook',
    description: 'POSTs the events you choose to your URL, signed',
    multiple: true,
  },
  {
    kind: 'usage_alert',
    name: 'Usage alert',
    description: 'Emails owners and admins when usage crosses a percentage of a limit',
    multiple: false,
  },
];

/** The catalog's entry of a kind. */
export function catalogEntry(kind: PluginKind): PluginCatalogEntryDto {
  const entry = pluginCatalog.find((e) => e.kind === kind);
  if (!entry) throw new Error(`no plugin of kind "${kind}" in the catalog`);
  return entry;
}
