import type { Plugin, User } from '@roster/db';
import type { PluginKind } from '../vocabulary/plugins.js';
import type { PluginDto } from './schemas.js';
import { webhookSecretPrefix } from './secret.js';

export interface Installer {
  id: string;
  name: string;
}

/** The plugin's installer as loaded with it (`populate: ['installedBy']`); null once deleted. */
export function installerOf(plugin: Pick<Plugin, 'installedBy'>): Installer | null {
  const user = plugin.installedBy?.getEntity() as User | undefined;
  return user ? { id: user.id, name: user.name } : null;
}

/** A plugin as people see it: never its secret, only the secret's first characters. */
export function toPluginDto(plugin: Plugin, installedBy: Installer | null): PluginDto {
  return {
    id: plugin.id,
    kind: plugin.kind as PluginKind,
    name: plugin.name,
    config: { ...plugin.config },
    installedBy,
    createdAt: plugin.createdAt.toISOString(),
    updatedAt: plugin.updatedAt.toISOString(),
    secretPrefix: webhookSecretPrefix(plugin.secret),
  };
}
