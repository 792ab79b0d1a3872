import { EmailDeliverySchema } from './email-delivery.entity.js';
import { MembershipSchema } from './membership.entity.js';
import { OrganizationSchema } from './organization.entity.js';
import { SessionSchema } from './session.entity.js';
import { BaseEntitySchema } from './base.entity.js';
import { UserSchema } from './user.entity.js';
import { ProjectSchema } from './project.entity.js';
import { ProjectMemberSchema } from './project-member.entity.js';
import { InvitationSchema } from './invitation.entity.js';
import { NotificationSchema } from './notification.entity.js';
import { AccountTokenSchema } from './account-token.entity.js';
import { EventSchema } from './event.entity.js';
import { BlobSchema } from './blob.entity.js';
import { ItemSchema } from './item.entity.js';
import { ApiKeySchema } from './api-key.entity.js';
import { ApiKeyProjectSchema } from './api-key-project.entity.js';
import { UsageDailySchema } from './usage-daily.entity.js';
import { UsageStorageDailySchema } from './usage-storage-daily.entity.js';
import { UsageBatchSchema } from './usage-batch.entity.js';
import { AuditRecordSchema } from './audit-record.entity.js';
import { ActivityDailySchema } from './activity-daily.entity.js';
import { StatsProjectSchema } from './stats-project.entity.js';
import { StatsUserSchema } from './stats-user.entity.js';
import { StatsOrganizationSchema } from './stats-organization.entity.js';
import { PluginSchema } from './plugin.entity.js';
import { WebhookDeliverySchema } from './webhook-delivery.entity.js';
import { WebhookAttemptSchema } from './webhook-attempt.entity.js';
import { UsageAlertSchema } from './usage-alert.entity.js';

export const entities = [
  BaseEntitySchema,
  UserSchema,
  SessionSchema,
  OrganizationSchema,
  MembershipSchema,
  EmailDeliverySchema,
  ProjectSchema,
  ProjectMemberSchema,
  InvitationSchema,
  NotificationSchema,
  AccountTokenSchema,
  EventSchema,
  BlobSchema,
  ItemSchema,
  ApiKeySchema,
  ApiKeyProjectSchema,
  UsageDailySchema,
  UsageStorageDailySchema,
  UsageBatchSchema,
  AuditRecordSchema,
  ActivityDailySchema,
  StatsProjectSchema,
  StatsUserSchema,
  StatsOrganizationSchema,
  PluginSchema,
  WebhookDeliverySchema,
  WebhookAttemptSchema,
  UsageAlertSchema,
];
