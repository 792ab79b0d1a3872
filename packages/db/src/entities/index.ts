import { EmailDeliverySchema } from './email-delivery.entity.js';
import { MembershipSchema } from './membership.entity.js';
import { OrganizationSchema } from './organization.entity.js';
import { SessionSchema } from './session.entity.js';
import { BaseEntitySchema } from './base.entity.js';
import { UserSchema } from './user.entity.js';

export const entities = [
  BaseEntitySchema,
  UserSchema,
  SessionSchema,
  OrganizationSchema,
  MembershipSchema,
  EmailDeliverySchema,
];
