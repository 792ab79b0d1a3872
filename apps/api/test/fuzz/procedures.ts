// The procedures to fuzz, found from the router itself, so that new procedures are covered without
// touching the fuzz test.
import { appRouter } from '../../src/root.js';

export interface Procedure {
  path: string;
  type: 'query' | 'mutation';
  /** The field names of its input objects. */
  keys: string[];
}

interface ProcedureDef {
  _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] };
}

/** The field names of a procedure's input objects (zod objects expose `shape`). */
function inputKeys(inputs: unknown[]): string[] {
  const keys = new Set<string>();
  for (const input of inputs) {
    const shape = (input as { shape?: Record<string, unknown> } | null)?.shape;
    if (shape && typeof shape === 'object') for (const key of Object.keys(shape)) keys.add(key);
  }
  return [...keys];
}

/** Every query and mutation of the router, sorted by path. */
export const procedures: Procedure[] = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures,
)
  .filter(([, p]) => p._def.type !== 'subscription')
  .map(([path, p]) => ({ path, type: p._def.type as 'query' | 'mutation', keys: inputKeys(p._def.inputs) }))
  .sort((a, b) => a.path.localeCompare(b.path));

/** Fields of procedures that exist or are planned (PRODUCT §9), mixed into every input now and then. */
export const plannedKeys = [
  'orgId',
  'userId',
  'invitationId',
  'projectId',
  'token',
  'inviteToken',
  'role',
  'emails',
  'ids',
  'name',
];
