import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import { toAuditRecordDto } from './dto.js';
import { assertAuditFilter, findAuditPage, type AuditFilter } from './page.js';
import type { AuditRecordDto } from './schemas.js';

/** How many records the export reads per query. */
export const auditExportPageSize = 500;

/**
 * Every audit record matching the filter, newest first, for the CSV export: read a page at a
 * time by keyset (memory stays flat however many there are). Permission and filter are checked
 * before the first row, so a refusal is an error answer, never a broken file.
 */
export function auditExportRecords(
  scope: Scope,
  filter: Omit<AuditFilter, 'orgId'>,
): AsyncIterable<AuditRecordDto> {
  assertCan(scope, 'audit.read');
  const query = { ...filter, orgId: scope.org.id };
  assertAuditFilter(query);
  return (async function* records() {
    let after: { createdAt: Date; id: string } | undefined;
    for (;;) {
      const page = await findAuditPage(scope.em, query, after, auditExportPageSize);
      for (const record of page) yield toAuditRecordDto(record);
      if (page.length < auditExportPageSize) return;
      const last = page.at(-1)!;
      after = { createdAt: last.createdAt, id: last.id };
    }
  })();
}
