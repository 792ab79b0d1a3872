import type { FilterQuery } from '@mikro-orm/core';
import { AccountToken, User, type AccountTokenPurpose, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import type { AccountScope } from '../scope.js';
import { linkTokenPattern } from '../vocabulary/token-format.js';
import { hashLinkToken, newLinkToken } from '../vocabulary/tokens.js';

/** How long a link works: a day to confirm an address (or a new one), an hour to reset a password. */
export const accountTokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
};

/**
 * A new link for the user's address (for change_email: the new address), in the scope's transaction, recording
 * `account.link_issued` (which owes the email carrying it). The request never holds the link's
 * token: the row gets the hash of a token nobody sees, and after commit the worker issues the real
 * one (`reissueAccountToken`) into the email's job. `replaces`: the unused links of this purpose the
 * new one withdraws. Returns the link's id.
 */
export async function issueAccountToken(
  tx: AccountScope,
  user: { id: string; email: string },
  purpose: AccountTokenPurpose,
  replaces: string[] = [],
): Promise<string> {
  const row = tx.em.create(AccountToken, {
    user: tx.em.getReference(User, user.id),
    purpose,
    tokenHash: newLinkToken().tokenHash,
    email: user.email,
    expiresAt: new Date(tx.now.getTime() + accountTokenLifetimeMs[purpose]),
  });
  await tx.record('account.link_issued', {
    tokenId: row.id,
    userId: user.id,
    purpose,
    email: user.email,
    replaces,
  });
  return row.id;
}

/**
 * A new link withdrawing the unused ones `unused` names: their emails are marked no longer owed
 * (by `account.link_issued`) before their rows go. The dispatch that mails a link takes its
 * delivery before its token; taking them here in the same order keeps the two from deadlocking.
 */
export async function replaceAccountToken(
  tx: AccountScope,
  user: { id: string; email: string },
  purpose: AccountTokenPurpose,
  unused: FilterQuery<AccountToken>,
): Promise<string> {
  const previous = await tx.em.find(AccountToken, unused, { fields: ['id'] });
  const replaces = previous.map((row) => row.id);
  const id = await issueAccountToken(tx, user, purpose, replaces);
  if (replaces.length > 0) await tx.em.nativeDelete(AccountToken, { id: { $in: replaces } });
  return id;
}

export function tokenInvalid(): DomainError {
  return new DomainError('TOKEN_INVALID', 'This link is not valid or was already used. Ask for a new one.');
}

const expiredMessages: Record<AccountTokenPurpose, string> = {
  verify_email: 'This confirmation link has expired. Ask for a new one.',
  reset_password: 'This password reset link has expired. Ask for a new one.',
  change_email: 'This confirmation link has expired. Change your email again from your account page.',
};

/**
 * The unused link of this purpose a token names, with its user, if it still proves the user's
 * address (a change_email link proves the new address, not yet the user's). Unknown, used, or for
 * an address the user no longer has → TOKEN_INVALID; too old → TOKEN_EXPIRED.
 */
export async function findUsableToken(
  em: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<AccountToken> {
  if (!linkTokenPattern.test(token)) throw tokenInvalid();
  const row = await em.findOne(
    AccountToken,
    { tokenHash: hashLinkToken(token), purpose },
    { populate: ['user'] },
  );
  if (!row || row.usedAt) throw tokenInvalid();
  if (purpose !== 'change_email' && row.user.getEntity().email !== row.email) throw tokenInvalid();
  if (row.expiresAt.getTime() <= now.getTime())
    throw new DomainError('TOKEN_EXPIRED', expiredMessages[purpose]);
  return row;
}

/**
 * Marks the link used, recording `account.link_used` (an email still owed for it is no longer
 * needed). One caller wins the conditional update, so a link opened twice at once works once; the
 * loser gets TOKEN_INVALID.
 */
export async function useToken(tx: AccountScope, row: AccountToken): Promise<void> {
  const won = await tx.em.nativeUpdate(
    AccountToken,
    { id: row.id, usedAt: null, tokenHash: row.tokenHash },
    { usedAt: tx.now, updatedAt: tx.now },
  );
  if (won === 0) throw tokenInvalid();
  await tx.record('account.link_used', { tokenId: row.id, userId: row.user.id, purpose: row.purpose });
}
