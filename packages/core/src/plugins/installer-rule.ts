import { Membership, Plugin, User } from '@roster/db';
import { notify } from '../notifications/service.js';
import type { AnyScope } from '../scope.js';
import { actorName, orgOf } from '../subscribers/actor-name.js';
import type { PluginKind } from '../vocabulary/plugins.js';

export type InstallerGoneReason = 'installer_demoted' | 'installer_removed' | 'installer_left';

/**
 * The installer rule (PRODUCT.md §3, §8): once the admin who installed plugins is demoted to
 * member, removed or leaves, their plugins of the organization are uninstalled in the same
 * transaction, and every other owner and admin gets a bell notification for each. Each plugin is
 * deleted by its own statement and only a delete that removed it records and notifies: when two
 * such changes race, whichever comes second finds nothing left (PostgreSQL makes it wait on the
 * membership row the first one changed; SQLite runs them one after the other).
 */
export async function uninstallPluginsOf(
  tx: AnyScope,
  userId: string,
  reason: InstallerGoneReason,
): Promise<void> {
  const org = orgOf(tx);
  const { em } = tx;
  const plugins = await em.find(
    Plugin,
    { organization: org.id, installedBy: userId },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  if (plugins.length === 0) return;
  const installer = await em.findOne(User, userId, { fields: ['name'] });
  const admins = await em.find(
    Membership,
    { organization: org.id, role: { $in: ['owner', 'admin'] }, user: { $ne: userId } },
    { fields: ['user'] },
  );
  for (const plugin of plugins) {
    if ((await em.nativeDelete(Plugin, { id: plugin.id })) === 0) continue;
    await tx.record('plugin.uninstalled', {
      pluginId: plugin.id,
      kind: plugin.kind as PluginKind,
      name: plugin.name,
      installedBy: userId,
      reason,
    });
    for (const admin of admins) {
      notify(em, admin.user.id, 'plugin_uninstalled', {
        orgId: org.id,
        orgName: org.name,
        actorName: actorName(tx),
        pluginName: plugin.name,
        installerName: installer?.name ?? 'A former admin',
      });
    }
  }
}
