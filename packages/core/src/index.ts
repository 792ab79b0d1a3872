// @roster/core: the domain. Other internal apps import this entry to check permissions, read
// organizations and enqueue jobs; everything here takes an EntityManager from @roster/db.
export * from './browser.js';
export * from './api-keys/index.js';
export * from './usage/index.js';
export * from './audit/index.js';
export * from './stats/index.js';
export * from './plugins/index.js';
export * from './webhooks/index.js';
export * from './usage-alerts/index.js';
export { DomainError, isDomainError } from './errors.js';
export { assertCan } from './permissions/assert.js';
export { transact } from './scope.js';
export type {
  AccountScope,
  Actor,
  AnyScope,
  AnonymousActor,
  ApiKeyActor,
  MemberActor,
  RequestClient,
  Scope,
  ScopeOrg,
  SystemActor,
  UserActor,
} from './scope.js';
export { createAccountScope, createScope, memberScope, systemScope } from './subscribers/create-scope.js';
export { eventContracts, eventNames } from './events/contracts.js';
export type { EventName, EventPayload } from './events/contracts.js';
export { defaultDispatchLeaseMs, dispatchEvents } from './subscribers/dispatch.js';
export { pruneDispatchedEvents, redispatchEvents } from './subscribers/redispatch.js';
export { redactLogged, redactText, redactUrl, redacted } from './common/redact.js';
export { csvCell, csvLine } from './common/csv.js';
export type { CsvValue } from './common/csv.js';

export { AttemptLimiter, defaultAttemptLimits } from './auth/attempt-limiter.js';
export type { AttemptLimits, AuthLimits } from './auth/attempt-limiter.js';
export { createSessions, sessionCookieName } from './auth/sessions.js';
export type { AuthSession, Sessions, SessionUser } from './auth/sessions.js';
export { absoluteSessionLifetimeMs, hashSessionId } from './auth/session-adapter.js';
export { signUp } from './auth/sign-up.js';
export { signIn } from './auth/sign-in.js';
export { ResetLimiter, defaultResetLimits } from './account/reset-limiter.js';
export type { ResetLimits } from './account/reset-limiter.js';
export { requestPasswordReset, resetPassword } from './account/password-reset.js';
export type { PasswordResetLimits } from './account/password-reset.js';
export { emailAddressDtoSchema, okDtoSchema } from './account/dto.js';
export type { EmailAddressDto, OkDto } from './account/dto.js';
export {
  resendVerification,
  verificationEmailCooldownSeconds,
  verificationEmailsPerHour,
  verifyEmail,
} from './account/verify-email.js';
export { accountTokenLifetimeMs } from './account/tokens.js';
export { accountEmailKey, accountTokenOfKey } from './account/keys.js';
export { reissueAccountToken } from './account/reissue.js';
export { getAccount, renameAccount } from './auth/profile.js';
export { confirmEmailChange, requestEmailChange } from './auth/change-email.js';
export { changePassword } from './auth/change-password.js';
export { endOtherSessions, endSession, listSessions } from './auth/session-list.js';
export { accountDtoSchema, endedSessionsDtoSchema, sessionDtoSchema } from './account/dto.js';
export type { AccountDto, EndedSessionsDto, SessionDto } from './account/dto.js';
export { emailChangedKey, tokenIdOfEmailChangedKey } from './account/keys.js';
export { isLastSeenStale, markSessionSeen } from './auth/session-activity.js';
export type { SessionAttributes } from './auth/sessions.js';
export { invitationEmailKey, invitationOfKey, welcomeEmailKey } from './emails/keys.js';
export { hashLinkToken, newLinkToken } from './vocabulary/tokens.js';
export { authResultSchema, userDtoSchema } from './users/dto.js';
export type { AuthResult, UserDto } from './users/dto.js';
export { getMe, meDtoSchema } from './auth/me.js';
export type { MeDto } from './auth/me.js';
export {
  assertAcceptablePassword,
  hashPassword,
  isCommonPassword,
  minPasswordScore,
  verifyPassword,
} from './users/password.js';
export { DeviceTrust, deviceTrustLifetimeMs } from './auth/device-trust.js';

export { loadMembership } from './organizations/access.js';
export { createOrganization } from './organizations/create.js';
export {
  getOrganization,
  listOrganizations,
  renameOrganization,
  updateOrganizationSettings,
} from './organizations/service.js';
export { openOrganization } from './organizations/open.js';
export {
  createdOrgDtoSchema,
  openedOrgDtoSchema,
  orgDtoSchema,
  limitsDtoSchema,
  orgSummaryDtoSchema,
  storageDtoSchema,
} from './organizations/dto.js';
export type { CreatedOrgDto, OpenedOrgDto, OrgDto, OrgSummaryDto } from './organizations/dto.js';
export {
  loadOrganization,
  setOrganizationLimit,
  setOrganizationPlan,
  setOwnedOrgLimit,
} from './organizations/operator.js';
export type { LimitSetting, OrgLimitChange } from './organizations/operator.js';
export { effectiveLimits, parseLimitOverrides, toScopeOrg } from './organizations/limits.js';
export type { OrgMembership } from './organizations/access.js';
export { defaultWriteRate, type WriteRate } from './organizations/write-rate.js';

export {
  leaveOrganization,
  removeMember,
  transferOwnership,
  updateMemberRole,
} from './memberships/service.js';
export { defaultMemberPageSize, listMembers } from './memberships/list.js';
export { leftOrgDtoSchema, memberDtoSchema, memberPageDtoSchema } from './memberships/dto.js';
export type { LeftOrgDto, MemberDto, MemberPageDto } from './memberships/dto.js';

export { createInvitations } from './invitations/create.js';
export { invitationEmailsPerHour, resendCooldownMs } from './invitations/throttle.js';
export { closedInvitationLimit, getInvitation, listInvitations } from './invitations/list.js';
export { resendInvitation, revokeInvitation } from './invitations/manage.js';
export { listMyInvitations, previewInvitation } from './invitations/preview.js';
export { acceptInvitation, acceptedInvitationDtoSchema, declineInvitation } from './invitations/respond.js';
export type { AcceptedInvitationDto } from './invitations/respond.js';
export {
  createInvitationsResultSchema,
  invitationDtoSchema,
  invitationPreviewDtoSchema,
  inviteResultSchema,
  myInvitationDtoSchema,
} from './invitations/dto.js';
export type {
  CreateInvitationsResult,
  InvitationDto,
  InvitationPreviewDto,
  InviteResult,
  MyInvitationDto,
} from './invitations/dto.js';

export {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
} from './notifications/service.js';
export {
  invitedProjectDtoSchema,
  markedReadDtoSchema,
  notificationDtoSchema,
  unreadCountDtoSchema,
} from './notifications/dto.js';
export type {
  InvitedProjectDto,
  MarkedReadDto,
  NotificationDto,
  UnreadCountDto,
} from './notifications/dto.js';
export { invitedProjects, invitedProjectsOf } from './notifications/invited-projects.js';

export { loadProject, projectNotFound } from './projects/load.js';
export type { LoadedProject } from './projects/load.js';
export {
  archiveProject,
  createProject,
  getProject,
  listProjects,
  updateProject,
} from './projects/service.js';
export {
  addProjectMember,
  listProjectMembers,
  removeProjectMember,
  updateProjectMemberRole,
} from './projects/members.js';
export { projectDtoSchema, projectMemberDtoSchema } from './projects/dto.js';
export type { ProjectDto, ProjectMemberDto } from './projects/dto.js';

export { itemNotFound } from './content/errors.js';
export { listContent } from './content/list.js';
export { getFolder } from './content/get-folder.js';
export { createFolder } from './content/create-folder.js';
export { updateFolder } from './content/update-folder.js';
export { deleteFolder } from './content/delete-folder.js';
export { getAsset, loadAssetForDownload, loadStoredKeys } from './content/get-asset.js';
export { updateAsset } from './content/update-asset.js';
export { deleteAsset } from './content/delete-asset.js';
export { beginUpload, blobKeyOf } from './content/begin-upload.js';
export { completeUpload } from './content/complete-upload.js';
export type { UploadedBytes } from './content/complete-upload.js';
export { abandonUpload } from './content/abandon-upload.js';
export { reserveStorage, releaseStorage, storageUsed } from './content/quota.js';
export { purgeDeletedBlobs } from './content/purge.js';
export { contentPrefixes, sweepOrphanBytes } from './content/sweep.js';
export type { SweepOptions } from './content/sweep.js';

export { JobQueue } from './jobs/queue.js';
export { redisPrefix } from './jobs/prefix.js';
export { defaultJobOptions, jobContracts, jobNames, queueNames } from './jobs/contracts.js';
export type { JobName, JobPayload, QueueName } from './jobs/contracts.js';
export {
  claimEmailDelivery,
  markEmailFailed,
  markEmailSent,
  markEmailSkipped,
  recordEmailDelivery,
} from './emails/deliveries.js';
export type { ClaimOutcome, EmailClaim } from './emails/deliveries.js';
export { requeueOwedEmails } from './subscribers/requeue-owed-emails.js';
export { owedEmailKinds } from './subscribers/owed-emails.js';
export type { OwedEmailKind } from './subscribers/owed-emails.js';
export { reissueInvitationToken } from './subscribers/requeue-invitation-email.js';
export { defaultEmailRetryPolicy, nextAttemptAt } from './emails/retry-policy.js';
export type { EmailRetryPolicy } from './emails/retry-policy.js';
