import { AccountToken, User } from '@roster/db';
import { transact, type AccountScope } from '../scope.js';
import { toUserDto, type UserDto } from '../users/dto.js';
import { signedInUser } from '../users/signed-in.js';
import type { AccountDto } from '../account/dto.js';
import type { RenameAccountInput } from './schemas.js';

/** `account.get`: the signed-in person, and the new address waiting for its confirmation link. */
export async function getAccount(scope: AccountScope): Promise<AccountDto> {
  const actor = signedInUser(scope);
  const user = await scope.em.findOneOrFail(User, { id: actor.id });
  const pending = await scope.em.findOne(
    AccountToken,
    { user: actor.id, purpose: 'change_email', usedAt: null, expiresAt: { $gt: scope.now } },
    { fields: ['email'], orderBy: { createdAt: 'desc' } },
  );
  return { user: toUserDto(user), pendingEmail: pending?.email ?? null };
}

/** `account.rename`: the name shown to teammates, in emails and on every page. */
export async function renameAccount(scope: AccountScope, { name }: RenameAccountInput): Promise<UserDto> {
  const actor = signedInUser(scope);
  await transact(scope, (tx) => tx.em.nativeUpdate(User, { id: actor.id }, { name, updatedAt: tx.now }));
  const { id, email, emailVerified } = actor;
  return { id, email, name, emailVerified };
}
