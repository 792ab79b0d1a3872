import { deleteAssetRow, findSiblingByName, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import { nameKeyOf } from '../vocabulary/content.js';
import { nameTaken } from './errors.js';
import { inSavepoint, writeUnderFreeName, type Siblings } from './free-name.js';
import { releaseStorage } from './quota.js';

/** The asset a write under a taken name replaced (its bytes to purge once committed). */
export interface Placed<T> {
  name: string;
  result: T;
  replacedAssetId?: string;
}

/**
 * Writes an asset under `name` with the replace policy: an asset of that name among the siblings
 * is deleted first (its blob to 'deleting', its bytes out of the quota) and the new one takes its
 * place; a folder of that name is never replaced (NAME_TAKEN). Retries when another write took the
 * name between the delete and the insert.
 */
async function writeReplacing<T>(
  em: EntityManager,
  orgId: string,
  siblings: Siblings,
  name: string,
  now: Date,
  exceptId: string | null,
  write: (em: EntityManager, name: string) => Promise<T>,
): Promise<Placed<T>> {
  let replacedAssetId: string | undefined;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const sibling = await findSiblingByName(em, siblings, nameKeyOf(name));
    if (sibling && sibling.id !== exceptId) {
      if (sibling.kind === 'folder') throw nameTaken(name);
      const { removed, freed } = await deleteAssetRow(em, sibling.id, now);
      await releaseStorage(em, orgId, freed);
      if (removed) replacedAssetId = sibling.id;
    }
    const result = await inSavepoint(em, (inner) => write(inner, name));
    if (result !== null) return { name, result, ...(replacedAssetId ? { replacedAssetId } : {}) };
  }
  throw new DomainError('BUSY', `“${name}” keeps being written by someone else. Try again.`);
}

/** Writes an asset under `name` among its siblings by the conflict policy (rename, replace or fail). */
export async function placeAsset<T>(
  em: EntityManager,
  options: {
    orgId: string;
    siblings: Siblings;
    name: string;
    policy: 'rename' | 'replace' | 'fail';
    now: Date;
    /** The asset being moved or renamed: its own name is no conflict. */
    exceptId?: string;
  },
  write: (em: EntityManager, name: string) => Promise<T>,
): Promise<Placed<T>> {
  const { orgId, siblings, name, policy, now } = options;
  if (policy === 'replace')
    return writeReplacing(em, orgId, siblings, name, now, options.exceptId ?? null, write);
  return writeUnderFreeName(em, siblings, name, policy, write);
}
