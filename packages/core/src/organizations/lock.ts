import { Organization, type EntityManager } from '@roster/db';
import { transact, type Scope } from '../scope.js';
import { organizationWriteRate } from './write-rate.js';

/**
 * Serializes changes to one organization's seats: inside a transaction, writing the organization's
 * row holds its lock (PostgreSQL) or the database's write lock (SQLite) until commit, so two
 * requests that each count "members + pending invitations" run one after the other.
 */
export async function lockOrganization(em: EntityManager, orgId: string): Promise<void> {
  await em.nativeUpdate(Organization, { id: orgId }, { updatedAt: new Date() });
}

/** The last request in line for each organization, in this process. */
const lines = new Map<string, Promise<void>>();

/** Runs `work` once every earlier request for `key` in this process has finished. */
async function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = lines.get(key);
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  const tail = before ? before.then(() => mine) : mine;
  lines.set(key, tail);
  try {
    await before;
    return await work();
  } finally {
    done();
    if (lines.get(key) === tail) lines.delete(key);
  }
}

/**
 * Runs `work` in a transaction (`transact`: its events are recorded in it and handed to the worker
 * once it commits) that holds the organization's lock. This process's requests for one
 * organization wait their turn in memory and take a pooled connection only when it comes: a burst
 * in one organization then holds one connection, not the whole pool waiting on its row lock, and
 * other organizations keep theirs. The row lock still orders requests of other processes. Beyond
 * its share of such writes (`organizationWriteRate`) an organization is refused at once.
 */
export async function withOrganizationLocked<T>(scope: Scope, work: (tx: Scope) => Promise<T>): Promise<T> {
  const orgId = scope.org.id;
  organizationWriteRate.take(orgId);
  return inTurn(orgId, () =>
    transact(scope, async (tx) => {
      await lockOrganization(tx.em, orgId);
      return work(tx);
    }),
  );
}
