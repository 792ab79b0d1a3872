// The browser-safe surface of core: schemas, constants and the permission table. The web app
// imports only this entry (ARCHITECTURE rule 4).
export * from './vocabulary/api-key-scopes.js';
export * from './vocabulary/content.js';
export * from './vocabulary/email.js';
export * from './vocabulary/expiry.js';
export * from './vocabulary/ids.js';
export * from './vocabulary/limits.js';
export * from './vocabulary/password.js';
export * from './vocabulary/plans.js';
export * from './vocabulary/roles.js';
export * from './vocabulary/statuses.js';
export * from './vocabulary/token-format.js';
export * from './vocabulary/visibility.js';
export * from './auth/schemas.js';
export * from './account/schemas.js';
export * from './organizations/constants.js';
export * from './organizations/schemas.js';
export * from './memberships/schemas.js';
export * from './invitations/constants.js';
export * from './invitations/schemas.js';
export * from './projects/schemas.js';
export * from './notifications/schemas.js';
export * from './content/schemas.js';
export * from './api-keys/schemas.js';
export * from './usage/schemas.js';
export * from './vocabulary/plugins.js';
export * from './vocabulary/stats-sorts.js';
export * from './audit/schemas.js';
export { auditSentence, auditSentenceActions, type AuditAction } from './audit/sentence.js';
export * from './stats/schemas.js';
export * from './plugins/schemas.js';
export { orgEventLabels } from './events/labels.js';
export type { OrgEventName } from './events/labels.js';
export {
  assetDtoSchema,
  contentPageDtoSchema,
  folderDtoSchema,
  folderPathDtoSchema,
  folderSummaryDtoSchema,
  itemDtoSchema,
} from './content/dto.js';
export type {
  AssetDto,
  ContentPageDto,
  FolderDto,
  FolderPathDto,
  FolderSummaryDto,
  ItemDto,
  UploadTicket,
} from './content/dto.js';
export { waitPhrase } from './common/wait-phrase.js';
export { can, orgPermissions } from './permissions/table.js';
export { canInProject, effectiveProjectRole, projectPermissions } from './permissions/project-table.js';
export type { ProjectPermission } from './permissions/project-table.js';
export type { OrgPermission } from './permissions/table.js';
export type { Reason } from './errors.js';
