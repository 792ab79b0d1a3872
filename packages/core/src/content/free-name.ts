import { isUniqueViolation, likeContains, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import { nameKeyOf, nextFreeName } from '../vocabulary/content.js';
import { nameTaken } from './errors.js';

/** Where a name must be free: the siblings under `parentId` (null: the root) of a project. */
export interface Siblings {
  projectId: string;
  parentId: string | null;
}

/**
 * Runs `write` in a savepoint: on a unique violation (the name was taken, maybe by a transaction
 * that committed a moment ago) it rolls back to it and answers null, and the transaction goes on.
 */
export async function inSavepoint<T>(
  em: EntityManager,
  write: (em: EntityManager) => Promise<T>,
): Promise<T | null> {
  try {
    return await em.transactional((inner) => write(inner as EntityManager));
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** The smallest n ≥ 1 such that `name (n).ext` is not among the siblings' names now. */
async function smallestFreeNumber(em: EntityManager, siblings: Siblings, name: string): Promise<number> {
  const parent = siblings.parentId === null ? 'parent_id is null' : 'parent_id = ?';
  const probe = nameKeyOf(nextFreeName(name, 0));
  const at = probe.lastIndexOf(' (0)');
  const literal = (text: string) => likeContains(text).slice(1, -1);
  const pattern = `${literal(probe.slice(0, at))} (%)${literal(probe.slice(at + 4))}`;
  const rows = await em.execute<{ name_key: string }[]>(
    `select name_key from items where project_id = ? and ${parent} and name_key like ? escape '\\'`,
    [siblings.projectId, ...(siblings.parentId === null ? [] : [siblings.parentId]), pattern],
  );
  const taken = new Set(rows.map((r) => r.name_key));
  let n = 1;
  while (taken.has(nameKeyOf(nextFreeName(name, n)))) n += 1;
  return n;
}

/**
 * Writes an item under `name` among its siblings: if it is taken, `fail` refuses (NAME_TAKEN) and
 * `rename` tries `name (1).ext`, `(2)`… — the smallest free one, asked again after each collision,
 * so that concurrent writes of one name end with distinct names. Call it inside a transaction.
 */
export async function writeUnderFreeName<T>(
  em: EntityManager,
  siblings: Siblings,
  name: string,
  policy: 'rename' | 'fail',
  write: (em: EntityManager, name: string) => Promise<T>,
): Promise<{ name: string; result: T }> {
  const first = await inSavepoint(em, (inner) => write(inner, name));
  if (first !== null) return { name, result: first };
  if (policy === 'fail') throw nameTaken(name);
  let last = 0;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    last = Math.max(await smallestFreeNumber(em, siblings, name), last + 1);
    const candidate = nextFreeName(name, last);
    const result = await inSavepoint(em, (inner) => write(inner, candidate));
    if (result !== null) return { name: candidate, result };
  }
  throw new DomainError('BUSY', `Could not find a free name for “${name}”. Try again.`);
}
