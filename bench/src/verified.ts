// Inviting needs a verified email. The bench's admin signs up over HTTP like anyone; following the
// confirmation link would only add an email round trip to the setup, so the address is marked
// verified in the database, as that link does.
import { User, forkEm, type createOrm } from '@roster/db';

type Orm = Awaited<ReturnType<typeof createOrm>>;

export async function markEmailVerified(orm: Orm, email: string): Promise<void> {
  const marked = await forkEm(orm).nativeUpdate(User, { email }, { emailVerifiedAt: new Date() });
  if (marked !== 1) throw new Error(`bench: no account ${email} to mark verified`);
}
