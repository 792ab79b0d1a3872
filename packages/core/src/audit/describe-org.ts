import type { invitationEvents } from '../events/invitations.js';
import type { memberEvents } from '../events/members.js';
import type { organizationEvents } from '../events/organizations.js';
import { summary, type DescribeContext, type Describers } from './describer.js';

type OrgEventName = Exclude<keyof typeof organizationEvents, 'user.owned_org_limit_changed'>;

const organization = ({ org }: DescribeContext, name?: string) => ({
  targetType: 'organization',
  targetId: org.id,
  targetName: name ?? org.name,
});

/** The organization itself: created, renamed, settings, and the operator's plan and limits. */
export const organizationDescribers: Describers<OrgEventName> = {
  'organization.created': (p, ctx) => ({
    ...organization(ctx, p.name),
    summary: summary(undefined, { name: p.name }),
  }),
  'organization.renamed': (p, ctx) => ({
    ...organization(ctx, p.name),
    summary: summary({ name: p.previousName }, { name: p.name }),
  }),
  'organization.settings_updated': (p, ctx) => ({
    ...organization(ctx),
    summary: summary(
      { invitationExpiry: p.previousInvitationExpiry },
      { invitationExpiry: p.invitationExpiry },
    ),
  }),
  'organization.plan_changed': (p, ctx) => ({
    ...organization(ctx),
    summary: summary({ plan: p.previousPlan }, { plan: p.plan }),
  }),
  'organization.limit_changed': (p, ctx) => ({
    ...organization(ctx),
    summary: summary({ [p.limit]: p.previous }, { [p.limit]: p.value }),
  }),
};

const user = async (id: string, { names }: DescribeContext) => ({
  targetType: 'user',
  targetId: id,
  targetName: await names.user(id),
});

/** Who belongs to the organization, with which role, and who owns it. */
export const memberDescribers: Describers<keyof typeof memberEvents> = {
  'member.role_changed': async (p, ctx) => ({
    ...(await user(p.userId, ctx)),
    summary: summary({ role: p.previousRole }, { role: p.role }),
  }),
  'member.removed': async (p, ctx) => ({ ...(await user(p.userId, ctx)), summary: null }),
  'member.left': async (p, ctx) => ({ ...(await user(p.userId, ctx)), summary: null }),
  'ownership.transferred': async (p, ctx) => ({
    ...(await user(p.toUserId, ctx)),
    summary: summary(
      { ownerId: p.fromUserId, ownerName: await ctx.names.user(p.fromUserId) },
      { ownerId: p.toUserId },
    ),
  }),
};

const invitation = async (id: string, { names }: DescribeContext, email?: string) => ({
  targetType: 'invitation',
  targetId: id,
  targetName: email ?? (await names.invitation(id)),
});

/** An invitation's life: sent, sent again, revoked, accepted, declined. */
export const invitationDescribers: Describers<keyof typeof invitationEvents> = {
  'invitation.created': async (p, ctx) => ({
    ...(await invitation(p.invitationId, ctx, p.email)),
    summary: summary(undefined, { email: p.email, role: p.role }),
  }),
  'invitation.resent': async (p, ctx) => ({
    ...(await invitation(p.invitationId, ctx, p.email)),
    summary: summary(undefined, { send: p.send }),
  }),
  'invitation.revoked': async (p, ctx) => ({
    ...(await invitation(p.invitationId, ctx)),
    summary: summary({ state: 'pending' }, { state: 'revoked' }),
  }),
  'invitation.accepted': async (p, ctx) => ({
    ...(await invitation(p.invitationId, ctx)),
    summary: summary({ state: 'pending' }, { state: 'accepted', userId: p.userId, role: p.role }),
  }),
  'invitation.declined': async (p, ctx) => ({
    ...(await invitation(p.invitationId, ctx)),
    summary: summary({ state: 'pending' }, { state: 'declined', userId: p.userId }),
  }),
};
