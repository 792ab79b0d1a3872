export { createOrm, dialectOf, forkEm, migrate, ormOptions } from './orm.js';
export type { Dialect, EntityManager, OrmSettings } from './orm.js';
export { BaseEntity } from './entities/base.entity.js';
export { User } from './entities/user.entity.js';
export { Session } from './entities/session.entity.js';
export { Organization } from './entities/organization.entity.js';
export type { InvitationExpiry, OrgLimitOverrides, Plan } from './entities/organization.entity.js';
export { Membership } from './entities/membership.entity.js';
export type { OrgRole } from './entities/membership.entity.js';
export { EmailDelivery } from './entities/email-delivery.entity.js';
export type { EmailDeliveryStatus } from './entities/email-delivery.entity.js';
export { Project } from './entities/project.entity.js';
export type { ProjectVisibility } from './entities/project.entity.js';
export { ProjectMember } from './entities/project-member.entity.js';
export type { ProjectRole } from './entities/project-member.entity.js';
export { Invitation } from './entities/invitation.entity.js';
export type { InvitationProject, InvitationState, InvitedRole } from './entities/invitation.entity.js';
export { Notification } from './entities/notification.entity.js';
export type { NotificationData, NotificationType } from './entities/notification.entity.js';
export { AccountToken } from './entities/account-token.entity.js';
export type { AccountTokenPurpose } from './entities/account-token.entity.js';
export { Event } from './entities/event.entity.js';
export type { EventActorType } from './entities/event.entity.js';
export { Blob } from './entities/blob.entity.js';
export type { BlobState } from './entities/blob.entity.js';
export { Item } from './entities/item.entity.js';
export type { ItemKind } from './entities/item.entity.js';
export { ApiKey } from './entities/api-key.entity.js';
export { ApiKeyProject } from './entities/api-key-project.entity.js';
export { UsageDaily } from './entities/usage-daily.entity.js';
export { UsageStorageDaily } from './entities/usage-storage-daily.entity.js';
export { UsageBatch } from './entities/usage-batch.entity.js';
export { AuditRecord } from './entities/audit-record.entity.js';
export type { AuditActorType, AuditSummary } from './entities/audit-record.entity.js';
export { ActivityDaily } from './entities/activity-daily.entity.js';
export { StatsProject } from './entities/stats-project.entity.js';
export { StatsUser } from './entities/stats-user.entity.js';
export { StatsOrganization } from './entities/stats-organization.entity.js';
export { Plugin } from './entities/plugin.entity.js';
export { WebhookDelivery } from './entities/webhook-delivery.entity.js';
export type { WebhookDeliveryStatus } from './entities/webhook-delivery.entity.js';
export { WebhookAttempt } from './entities/webhook-attempt.entity.js';
export { UsageAlert } from './entities/usage-alert.entity.js';
export { isLockContention, isUniqueViolation } from './errors.js';
export { findSessionWithUser } from './queries/session-with-user.js';
export type { SessionWithUser } from './queries/session-with-user.js';
export { findApiKeyBySecretHash } from './queries/api-key-with-org.js';
export type { ApiKeyWithOrg } from './queries/api-key-with-org.js';
export { findMembershipWithOrg } from './queries/membership-with-org.js';
export type { MembershipWithOrg } from './queries/membership-with-org.js';
export { findMemberPage } from './queries/member-page.js';
export type { MemberPageQuery, MemberRow } from './queries/member-page.js';
export { dateParam, findOrgSeats, findSeatsOfUserOrgs } from './queries/org-seats.js';
export type { OrgSeats } from './queries/org-seats.js';
export { contentPageSql, findContentPage, likeContains, sortColumn } from './queries/content-page.js';
export { contentPagesSql, findContentPages } from './queries/content-listing.js';
export type { ContentPages, FolderLink } from './queries/content-listing.js';
export type { ContentPageQuery, ContentSortColumn, ItemRow } from './queries/content-page.js';
export {
  deleteSubtree,
  findFolderChain,
  findItemRow,
  lockProjectTree,
  shiftSubtreeDepth,
  summarizeSubtree,
} from './queries/content-tree.js';
export type { SubtreeSummary } from './queries/content-tree.js';
export { findItemView } from './queries/item-view.js';
export type { ItemView } from './queries/item-view.js';
export {
  deleteAssetRow,
  findBlobKeys,
  findDeletingBlobs,
  findSiblingByName,
  findStaleUploads,
  moveBlobState,
} from './queries/content-blobs.js';
