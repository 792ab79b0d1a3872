import { User, isUniqueViolation, type EntityManager } from '@roster/db';
import { issueAccountToken, type IssuedAccountToken } from '../account/tokens.js';
import { recordEmailDelivery } from '../emails/deliveries.js';
import { welcomeEmailKey } from '../emails/keys.js';
import { DomainError } from '../errors.js';
import type { JobQueue } from '../jobs/queue.js';
import { assertPending, findInvitationFor } from '../invitations/find.js';
import { notifyPendingInvitations } from '../invitations/notify-pending.js';
import { acceptInvitation, admitInvitee } from '../invitations/respond.js';
import { addOwnedOrganization } from '../organizations/create.js';
import type { AttemptLimiter } from './attempt-limiter.js';
import { toUserDto, type AuthResult } from '../users/dto.js';
import { landingOrganization } from '../organizations/landing.js';
import {
  assertAcceptablePassword,
  hashPassword,
  verifyAgainstDecoy,
  verifyPassword,
} from '../users/password.js';
import type { SignInInput, SignUpInput } from './schemas.js';

export interface AuthDeps {
  em: EntityManager;
  limiter: AttemptLimiter;
  jobs: JobQueue;
  /** The caller's IP, for rate limits. */
  ip: string;
  /** The trusted device signing in (DeviceTrust.recognize), counted on its own; null for others. */
  deviceId?: string | null;
}

function emailTaken(): DomainError {
  return new DomainError('EMAIL_TAKEN', 'An account with this email already exists. Sign in instead.', {
    field: 'email',
  });
}

/**
 * Sign-up: the user, an organization named after the company (the user its owner and only
 * member), the welcome email and the confirmation email owed, all in one transaction; the email
 * jobs are enqueued after. Through an invitation link the address is proven already (the link was
 * mailed to it): the user joins that organization verified, and no confirmation email is owed.
 */
export async function signUp({ em, limiter, jobs, ip }: AuthDeps, input: SignUpInput): Promise<AuthResult> {
  // Counted first: estimating a password's strength costs CPU, so only counted requests get it.
  await limiter.consumeSignUp(ip);
  assertAcceptablePassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  let result: AuthResult;
  let verification: IssuedAccountToken | null = null;
  try {
    result = await em.transactional(async (tx) => {
      if (await tx.count(User, { email: input.email })) throw emailTaken();
      const emailVerifiedAt = input.inviteToken ? new Date() : null;
      const user = tx.create(User, { email: input.email, name: input.name, passwordHash, emailVerifiedAt });
      recordEmailDelivery(tx, welcomeEmailKey(user.id), 'welcome', user.email);
      if (input.inviteToken) {
        // Through an invitation link: join the inviting organization; no organization of one's own.
        const invitation = await findInvitationFor(tx, user.email, { token: input.inviteToken });
        assertPending(invitation);
        await tx.flush();
        user.lastOrgId = await admitInvitee(tx, invitation, user);
        // Verified: the bell offers the other invitations waiting for this address.
        await notifyPendingInvitations(tx, user);
      } else {
        user.lastOrgId = addOwnedOrganization(tx, user.id, input.companyName ?? '').id;
        verification = issueAccountToken(tx, user, 'verify_email');
      }
      return { user: toUserDto(user), orgId: user.lastOrgId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  // The account exists now: if Redis is away for a moment, the worker's sweep of owed emails
  // (requeueOwedEmails) sends the welcome email later rather than failing the sign-up.
  await jobs.enqueue('email.welcome', { userId: result.user.id }).catch(() => undefined);
  if (verification) await jobs.enqueue('email.verify-email', verification).catch(() => undefined);
  return result;
}

/**
 * Sign-in: one answer for "no such email" and "wrong password", and the same work for both. The
 * attempt is counted before the password is checked, so parallel attempts cannot outrun the limit.
 */
export async function signIn(
  { em, limiter, ip, deviceId = null }: AuthDeps,
  input: SignInInput,
): Promise<AuthResult> {
  const reservation = await limiter.reserveSignIn(input.email, ip, deviceId);
  const user = await em.findOne(User, { email: input.email }, { populate: ['passwordHash'] });
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password).then(() => false);
  if (!user || !valid) throw new DomainError('INVALID_CREDENTIALS', 'Incorrect email or password.');
  await limiter.settleSignIn(reservation);
  const dto = toUserDto(user);
  if (!input.inviteToken) return { user: dto, orgId: await landingOrganization(em, user) };
  // Accepting through the link proves the address: it verifies the email.
  const { orgId } = await acceptInvitation(em, dto, { token: input.inviteToken });
  return { user: { ...dto, emailVerified: true }, orgId };
}
