import { Organization, Plugin, User } from '@roster/db';
import { DomainError } from '../errors.js';
import { lockOrganization } from '../organizations/lock.js';
import { assertCan } from '../permissions/assert.js';
import { transact, type MemberActor, type Scope } from '../scope.js';
import { catalogEntry } from './catalog.js';
import { toPluginDto } from './dto.js';
import { lockInstaller } from './installer-lock.js';
import { checkPluginConfig, type PluginOptions } from './options.js';
import type { InstallPluginInput, InstalledPluginDto } from './schemas.js';
import { generateWebhookSecret } from './secret.js';

/** Plugins are installed by a person, who is recorded: API keys and Roster itself cannot. */
function installerActor(scope: Scope): MemberActor {
  if (scope.actor.type !== 'member') {
    throw new DomainError('PERMISSION_DENIED', 'Plugins are installed by an owner or admin, signed in.', {
      permission: 'plugin.manage',
    });
  }
  return scope.actor;
}

/**
 * `plugin.install`: owners and admins add a plugin of the catalog, recorded as theirs (demoting or
 * removing them uninstalls it). A webhook gets a signing secret, in the result only, once. A kind
 * an organization may have once is refused the second time (PLUGIN_ALREADY_INSTALLED); the
 * organization's row is locked while it is counted, so two installs at once cannot both pass.
 */
export async function installPlugin(
  scope: Scope,
  input: Omit<InstallPluginInput, 'orgId'>,
  options: PluginOptions,
): Promise<InstalledPluginDto> {
  assertCan(scope, 'plugin.manage');
  const installer = installerActor(scope);
  const entry = catalogEntry(input.kind);
  await checkPluginConfig(input.kind, input.config, options);
  return transact(scope, async (tx) => {
    const orgId = tx.org.id;
    await lockInstaller(tx, installer.id);
    if (!entry.multiple) {
      await lockOrganization(tx.em, orgId);
      if ((await tx.em.count(Plugin, { organization: orgId, kind: input.kind })) > 0) {
        throw new DomainError(
          'PLUGIN_ALREADY_INSTALLED',
          `The organization already has a ${entry.name.toLowerCase()}: configure that one instead.`,
          { field: 'kind' },
        );
      }
    }
    const secret = input.kind === 'webhook' ? generateWebhookSecret() : null;
    const plugin = tx.em.create(Plugin, {
      organization: tx.em.getReference(Organization, orgId),
      kind: input.kind,
      name: input.name ?? entry.name,
      config: { ...input.config },
      secret,
      installedBy: tx.em.getReference(User, installer.id),
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await tx.em.flush();
    await tx.record('plugin.installed', {
      pluginId: plugin.id,
      kind: input.kind,
      name: plugin.name,
      config: plugin.config,
    });
    return { plugin: toPluginDto(plugin, { id: installer.id, name: installer.name }), secret };
  });
}
