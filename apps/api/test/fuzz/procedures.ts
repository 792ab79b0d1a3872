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

interface SchemaLike {
  shape?: Record<string, unknown>;
  options?: unknown[];
  unwrap?: () => unknown;
}

/** The field names of a zod object, of each object of a union, or inside an optional. */
function fieldsOf(schema: unknown, keys: Set<string>): void {
  const s = schema as SchemaLike | null;
  if (s?.shape && typeof s.shape === 'object') for (const key of Object.keys(s.shape)) keys.add(key);
  else if (Array.isArray(s?.options)) for (const option of s.options) fieldsOf(option, keys);
  else if (typeof s?.unwrap === 'function') fieldsOf(s.unwrap(), keys);
}

/** The field names of a procedure's input objects. */
function inputKeys(inputs: unknown[]): string[] {
  const keys = new Set<string>();
  for (const input of inputs) fieldsOf(input, keys);
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
