import { emailSchema, splitEmailList } from '@roster/core/browser';

/**
 * How many of the typed addresses would take a seat: the valid ones, each once, that are neither
 * members nor invited already (`members` and `invited` hold lower-cased emails).
 */
export function seatTakers(
  typed: string,
  members: ReadonlySet<string>,
  invited: ReadonlySet<string>,
): number {
  const fresh = new Set<string>();
  for (const raw of splitEmailList(typed)) {
    const email = emailSchema.safeParse(raw).data;
    if (email && !members.has(email) && !invited.has(email)) fresh.add(email);
  }
  return fresh.size;
}
