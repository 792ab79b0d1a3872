import type { AuditRecord } from '@roster/db';
import type { AuditRecordDto } from './schemas.js';

/** A record as the API shows it (the organization is the one asked about). */
export function toAuditRecordDto(record: AuditRecord): AuditRecordDto {
  return {
    id: record.id,
    createdAt: record.createdAt.toISOString(),
    actor: { type: record.actorType, id: record.actorId, name: record.actorName },
    action: record.action,
    target: { type: record.targetType, id: record.targetId, name: record.targetName },
    summary: record.summary ?? null,
    ip: record.ip,
    userAgent: record.userAgent,
  };
}
