import { Session, User } from '@roster/db';
import type { AuthLimits } from './attempt-limiter.js';
import { hashSessionId } from './session-adapter.js';
import { transact, type AccountScope } from '../scope.js';
import { assertAcceptablePassword, hashPassword } from '../users/password.js';
import { confirmCurrentPassword } from './current-password.js';
import type { EndedSessionsDto } from '../account/dto.js';
import type { ChangePasswordInput } from './schemas.js';

/**
 * `account.changePassword`: the current password, then a new one that passes sign-up's rules.
 * Every other session of the account ends (whoever else was signed in); this one stays.
 */
export async function changePassword(
  scope: AccountScope,
  input: ChangePasswordInput,
  limits: AuthLimits,
  currentSessionId: string,
): Promise<EndedSessionsDto> {
  const user = await confirmCurrentPassword(scope, input.currentPassword, limits);
  assertAcceptablePassword(input.password, user);
  const passwordHash = await hashPassword(input.password);
  return transact(scope, async (tx) => {
    await tx.em.nativeUpdate(User, { id: user.id }, { passwordHash, updatedAt: tx.now });
    const endedSessions = await tx.em.nativeDelete(Session, {
      user: user.id,
      id: { $ne: hashSessionId(currentSessionId) },
    });
    await tx.record('user.password_changed', { userId: user.id });
    return { endedSessions };
  });
}
