// Inviting needs a verified email, and inviting many people a plan without a seat limit. The
// bench's admin signs up over HTTP like anyone; following the confirmation link would only add an
// email round trip to the setup, so the address is marked verified in the database, as that link
// does, and the plan is written there, as an operator's `roster` command does.
import type { MikroORM } from '@mikro-orm/core';
import { Organization, User, forkEm, type Plan } from '@roster/db';

export async function markEmailVerified(orm: MikroORM, email: string): Promise<void> {
  const marked = await forkEm(orm).nativeUpdate(User, { email }, { emailVerifiedAt: new Date() });
  if (marked !== 1) throw new Error(`bench: no account ${email} to mark verified`);
}

export async function setPlan(orm: MikroORM, orgId: string, plan: Plan): Promise<void> {
  const set = await forkEm(orm).nativeUpdate(Organization, { id: orgId }, { plan });
  if (set !== 1) throw new Error(`bench: no organization ${orgId} to put on the ${plan} plan`);
}
