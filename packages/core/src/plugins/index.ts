// The plugins feature's public surface (re-exported by the package entry).
export { pluginCatalog, catalogEntry } from './catalog.js';
export { listPluginCatalog } from './list-catalog.js';
export { listPlugins } from './list.js';
export { installPlugin } from './install.js';
export { configurePlugin } from './configure.js';
export { uninstallPlugin } from './uninstall.js';
export { pluginNotFound } from './errors.js';
export { generateWebhookSecret, webhookSecretPrefix } from './secret.js';
export { pluginSubscriber } from './subscriber.js';
export type { PluginOptions } from './options.js';
