import { AccountToken, User, type AccountTokenPurpose, type EntityManager } from '@roster/db';
import { markEmailSkipped, recordEmailDelivery } from '../emails/deliveries.js';
import { DomainError } from '../errors.js';
import { linkTokenPattern } from '../vocabulary/token-format.js';
import { hashLinkToken, newLinkToken } from '../vocabulary/tokens.js';
import { accountEmailKey, accountEmailTemplates } from './keys.js';

/** How long a link works: a day to confirm an address, an hour to reset a password. */
export const accountTokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

/** What the email job of a new link carries: the token exists nowhere else. */
export interface IssuedAccountToken {
  tokenId: string;
  token: string;
}

/**
 * A new link for the user's current address and the email owed for it, in the caller's
 * transaction. The same 256-bit token format as invitation links; only its SHA-256 is stored.
 */
export function issueAccountToken(
  tx: EntityManager,
  user: { id: string; email: string },
  purpose: AccountTokenPurpose,
): IssuedAccountToken {
  const { token, tokenHash } = newLinkToken();
  const row = tx.create(AccountToken, {
    user: tx.getReference(User, user.id),
    purpose,
    tokenHash,
    email: user.email,
    expiresAt: new Date(Date.now() + accountTokenLifetimeMs[purpose]),
  });
  recordEmailDelivery(tx, accountEmailKey(purpose, row.id), accountEmailTemplates[purpose], user.email);
  return { tokenId: row.id, token };
}

export function tokenInvalid(): DomainError {
  return new DomainError('TOKEN_INVALID', 'This link is not valid or was already used. Ask for a new one.');
}

const expiredMessages: Record<AccountTokenPurpose, string> = {
  verify_email: 'This confirmation link has expired. Ask for a new one.',
  reset_password: 'This password reset link has expired. Ask for a new one.',
};

/**
 * The unused link of this purpose a token names, with its user, if it still proves the user's
 * address. Unknown, used, or for an address the user no longer has → TOKEN_INVALID; too old →
 * TOKEN_EXPIRED.
 */
export async function findUsableToken(
  em: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<AccountToken> {
  if (!linkTokenPattern.test(token)) throw tokenInvalid();
  const row = await em.findOne(
    AccountToken,
    { tokenHash: hashLinkToken(token), purpose },
    { populate: ['user'] },
  );
  if (!row || row.usedAt || row.user.getEntity().email !== row.email) throw tokenInvalid();
  if (row.expiresAt.getTime() <= Date.now()) throw new DomainError('TOKEN_EXPIRED', expiredMessages[purpose]);
  return row;
}

/**
 * Marks the link used. One caller wins the conditional update, so a link opened twice at once
 * works once; the loser gets TOKEN_INVALID. An email still owed for it is no longer needed.
 */
export async function useToken(tx: EntityManager, row: AccountToken): Promise<void> {
  const now = new Date();
  const won = await tx.nativeUpdate(
    AccountToken,
    { id: row.id, usedAt: null, tokenHash: row.tokenHash },
    { usedAt: now, updatedAt: now },
  );
  if (won === 0) throw tokenInvalid();
  await markEmailSkipped(tx, accountEmailKey(row.purpose, row.id));
}
