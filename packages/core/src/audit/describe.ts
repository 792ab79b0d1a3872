import type { accountEvents } from '../events/account.js';
import type { EventName, EventPayload } from '../events/contracts.js';
import { contentDescribers, projectDescribers } from './describe-content.js';
import { apiKeyDescribers, pluginDescribers } from './describe-keys.js';
import { invitationDescribers, memberDescribers, organizationDescribers } from './describe-org.js';
import type { AuditDescription, DescribeContext, Describer } from './describer.js';

/** Events of a person's account, outside any organization: no audit record describes them. */
type AccountEventName = keyof typeof accountEvents | 'user.owned_org_limit_changed';

const accountOnly: { [N in AccountEventName]: null } = {
  'user.signed_up': null,
  'user.email_verified': null,
  'user.password_reset': null,
  'user.password_changed': null,
  'user.email_changed': null,
  'account.link_issued': null,
  'account.link_used': null,
  'user.owned_org_limit_changed': null,
};

/**
 * Every event Roster records, and how its audit record describes it (PRODUCT.md §11): the target
 * and a before/after summary. An event added to eventContracts without an entry here fails
 * typecheck; `null` marks the account events, which belong to no organization.
 */
export const auditDescribers: { [N in EventName]: Describer<N> | null } = {
  ...organizationDescribers,
  ...memberDescribers,
  ...invitationDescribers,
  ...projectDescribers,
  ...contentDescribers,
  ...apiKeyDescribers,
  ...pluginDescribers,
  ...accountOnly,
};

/**
 * The audit description of an event recorded in an organization. An event without a describer
 * (none is expected) still gets its record, naming the organization: a change is never left out.
 */
export async function describeEvent<N extends EventName>(
  name: N,
  payload: EventPayload<N>,
  ctx: DescribeContext,
): Promise<AuditDescription> {
  const describer = auditDescribers[name] as Describer<N> | null;
  if (describer) return describer(payload, ctx);
  return { targetType: 'organization', targetId: ctx.org.id, targetName: ctx.org.name, summary: null };
}
