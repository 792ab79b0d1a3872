import { actionChoiceLabel } from './audit-actions';

/**
 * The audit page's URL, so a filtered view can be linked: `?actor=<user or API key id>`,
 * `?action=member.` (a family) or `?action=member.role_changed`, `?from=2026-11-01&to=2026-11-30`
 * (UTC days, both included). Unknown or malformed values are dropped.
 */
export interface AuditSearch {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const actorPattern = /^[\w-]{1,64}$/;

/** A real `YYYY-MM-DD` day (not 2026-02-31). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !dayPattern.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value);
}

export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  const { actor, action, from, to } = search;
  const parsed: AuditSearch = {};
  if (typeof actor === 'string' && actorPattern.test(actor)) parsed.actor = actor;
  if (typeof action === 'string' && actionChoiceLabel(action)) parsed.action = action;
  if (isDay(from)) parsed.from = from;
  if (isDay(to)) parsed.to = to;
  // A range the wrong way round reads as the same days the right way round.
  if (parsed.from && parsed.to && parsed.from > parsed.to)
    [parsed.from, parsed.to] = [parsed.to, parsed.from];
  return parsed;
}

export const hasFilters = (search: AuditSearch): boolean =>
  Boolean(search.actor || search.action || search.from || search.to);

/** The filters as `audit.list` (and the CSV export) take them. */
export function auditFilters(search: AuditSearch): {
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
} {
  return {
    ...(search.actor ? { actorId: search.actor } : {}),
    ...(search.action ? { action: search.action } : {}),
    ...(search.from ? { from: search.from } : {}),
    ...(search.to ? { to: search.to } : {}),
  };
}

/** `/v1/exports/audit.csv?orgId=…&action=…`: the records the page shows, every page of them. */
export function auditExportUrl(orgId: string, search: AuditSearch): string {
  const query = new URLSearchParams({ orgId, ...auditFilters(search) });
  return `/v1/exports/audit.csv?${query.toString()}`;
}
