import { router } from '../../trpc/init.js';
import { pluginCatalogProcedure } from './catalog.js';
import { configurePluginProcedure } from './configure.js';
import { pluginDeliveriesProcedure } from './deliveries.js';
import { installPluginProcedure } from './install.js';
import { listPluginsProcedure } from './list.js';
import { pluginRedeliverProcedure } from './redeliver.js';
import { uninstallPluginProcedure } from './uninstall.js';

/** Plugins (PRODUCT.md §8): everyone sees them; owners and admins manage them. */
export const pluginRouter = router({
  catalog: pluginCatalogProcedure,
  list: listPluginsProcedure,
  install: installPluginProcedure,
  configure: configurePluginProcedure,
  uninstall: uninstallPluginProcedure,
  deliveries: pluginDeliveriesProcedure,
  redeliver: pluginRedeliverProcedure,
});
