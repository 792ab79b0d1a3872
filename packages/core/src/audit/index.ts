// The audit feature's public surface (re-exported by the package entry).
export { auditDescribers, describeEvent } from './describe.js';
export type { AuditDescription } from './describer.js';
export { auditExportPageSize, auditExportRecords } from './export.js';
export { auditPageDefaultLimit, listAuditRecords } from './list.js';
