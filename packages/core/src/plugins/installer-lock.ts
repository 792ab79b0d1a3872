import { raw } from '@mikro-orm/core';
import { Membership } from '@roster/db';
import { DomainError } from '../errors.js';
import type { Scope } from '../scope.js';

/**
 * Inside an install's transaction: the person installing is still an owner or admin of the
 * organization, and stays one until it commits. The conditional no-op update locks their
 * membership row (PostgreSQL; SQLite's transactions hold the database's write lock anyway), so a
 * demotion or removal racing the install either committed first (the update matches nothing: the
 * install is refused) or waits for it and then finds the plugin to uninstall (the installer rule).
 */
export async function lockInstaller(tx: Scope, userId: string): Promise<void> {
  const still = await tx.em.nativeUpdate(
    Membership,
    { organization: tx.org.id, user: userId, role: { $in: ['owner', 'admin'] } },
    { role: raw('role') },
  );
  if (still === 0) {
    throw new DomainError(
      'PERMISSION_DENIED',
      'Only an owner or admin of the organization can install plugins.',
      {
        permission: 'plugin.manage',
      },
    );
  }
}
