import type { AuditSummary } from '@roster/db';
import type { EventName, EventPayload } from '../events/contracts.js';
import type { NameLookup } from './names.js';

/** What an audit record says about a change, beside who made it and when. */
export interface AuditDescription {
  /** e.g. `user`, `invitation`, `project`, `folder`, `asset`, `apiKey`, `plugin`, `organization`. */
  targetType: string;
  targetId: string | null;
  targetName: string | null;
  /** Before/after values of what changed (never a secret: payloads hold none). */
  summary: AuditSummary | null;
}

/** What a describer knows beyond the payload: the organization, and names payloads leave out. */
export interface DescribeContext {
  org: { id: string; name: string | null };
  names: NameLookup;
}

export type Describer<N extends EventName> = (
  payload: EventPayload<N>,
  ctx: DescribeContext,
) => AuditDescription | Promise<AuditDescription>;

/** One describer per event of a family (a missing one fails typecheck). */
export type Describers<Names extends EventName> = { [N in Names]: Describer<N> };

/** Keeps only the fields that are set: a summary says what changed, not what stayed. */
export function defined(fields: Record<string, unknown>): Record<string, unknown> | undefined {
  const kept = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** A summary of the given sides, without empty ones (null when nothing is worth saying). */
export function summary(
  before?: Record<string, unknown>,
  after?: Record<string, unknown>,
): AuditSummary | null {
  const sides: AuditSummary = {};
  const b = before && defined(before);
  const a = after && defined(after);
  if (b) sides.before = b;
  if (a) sides.after = a;
  return sides.before || sides.after ? sides : null;
}
