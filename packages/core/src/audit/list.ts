import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import { decodeAuditCursor, encodeAuditCursor } from './cursor.js';
import { toAuditRecordDto } from './dto.js';
import { assertAuditFilter, findAuditPage } from './page.js';
import type { AuditListInput, AuditPageDto } from './schemas.js';

/** How many records a page holds unless asked otherwise. */
export const auditPageDefaultLimit = 50;

/**
 * `audit.list` (owners and admins): the organization's audit records, newest first, filtered by
 * actor, action (a name or a family `member.`) and UTC days; a keyset cursor, one query per page.
 */
export async function listAuditRecords(scope: Scope, input: AuditListInput): Promise<AuditPageDto> {
  assertCan(scope, 'audit.read');
  const filter = { ...input, orgId: scope.org.id };
  assertAuditFilter(filter);
  const after = input.cursor ? decodeAuditCursor(input.cursor) : undefined;
  const limit = input.limit ?? auditPageDefaultLimit;
  // One row more than the page says whether another page follows.
  const rows = await findAuditPage(scope.em, filter, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toAuditRecordDto),
    nextCursor: rows.length > limit && last ? encodeAuditCursor(last) : null,
  };
}
