import { Membership, User, isUniqueViolation, type EntityManager } from '@roster/db';
import { recordEmailDelivery } from '../emails/deliveries.js';
import { welcomeEmailKey } from '../emails/keys.js';
import { DomainError } from '../errors.js';
import type { JobQueue } from '../jobs/queue.js';
import { assertPending, findInvitationFor } from '../invitations/find.js';
import { notifyPendingInvitations } from '../invitations/notify-pending.js';
import { acceptInvitation, admitInvitee } from '../invitations/respond.js';
import { addOwnedOrganization } from '../organizations/create.js';
import type { AttemptLimiter } from './attempt-limiter.js';
import { toUserDto, type UserDto } from './dto.js';
import { assertAcceptablePassword, hashPassword, verifyAgainstDecoy, verifyPassword } from './password.js';
import type { SignInInput, SignUpInput } from './schemas.js';

export interface AuthDeps {
  em: EntityManager;
  limiter: AttemptLimiter;
  jobs: JobQueue;
  /** The caller's IP, for rate limits. */
  ip: string;
}

export interface AuthResult {
  user: UserDto;
  orgId: string;
}

function emailTaken(): DomainError {
  return new DomainError('EMAIL_TAKEN', 'An account with this email already exists. Sign in instead.', {
    field: 'email',
  });
}

/**
 * Sign-up: the user, an organization named after the company (the user its owner and only
 * member) and the welcome email owed, all in one transaction; the email job is enqueued after.
 */
export async function signUp({ em, limiter, jobs, ip }: AuthDeps, input: SignUpInput): Promise<AuthResult> {
  assertAcceptablePassword(input.password);
  await limiter.consumeSignUp(ip);
  const passwordHash = await hashPassword(input.password);
  let result: AuthResult;
  try {
    result = await em.transactional(async (tx) => {
      if (await tx.count(User, { email: input.email })) throw emailTaken();
      const user = tx.create(User, { email: input.email, name: input.name, passwordHash });
      recordEmailDelivery(tx, welcomeEmailKey(user.id), 'welcome', user.email);
      if (input.inviteToken) {
        // Through an invitation link: join the inviting organization; no organization of one's own.
        const invitation = await findInvitationFor(tx, user.email, { token: input.inviteToken });
        assertPending(invitation);
        await tx.flush();
        user.lastOrgId = await admitInvitee(tx, invitation, user);
      } else {
        user.lastOrgId = addOwnedOrganization(tx, user.id, input.companyName ?? '').id;
      }
      await notifyPendingInvitations(tx, user);
      return { user: toUserDto(user), orgId: user.lastOrgId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  // The account exists now: if Redis is away for a moment, the worker's sweep of owed emails
  // (requeueOwedEmails) sends the welcome email later rather than failing the sign-up.
  await jobs.enqueue('email.welcome', { userId: result.user.id }).catch(() => undefined);
  return result;
}

/** Sign-in: one answer for "no such email" and "wrong password", and the same work for both. */
export async function signIn({ em, limiter, ip }: AuthDeps, input: SignInInput): Promise<AuthResult> {
  await limiter.assertSignInAllowed(input.email, ip);
  const user = await em.findOne(User, { email: input.email }, { populate: ['passwordHash'] });
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password).then(() => false);
  if (!user || !valid) {
    await limiter.recordFailure(input.email, ip);
    throw new DomainError('INVALID_CREDENTIALS', 'Incorrect email or password.');
  }
  await limiter.recordSuccess(input.email);
  const orgId = input.inviteToken
    ? (await acceptInvitation(em, user, { token: input.inviteToken })).orgId
    : await landingOrganization(em, user);
  return { user: toUserDto(user), orgId };
}

/** The organization to open after sign-in: the last one used if still a member, else the oldest. */
async function landingOrganization(em: EntityManager, user: User): Promise<string> {
  const memberships = await em.find(
    Membership,
    { user: user.id },
    { orderBy: { createdAt: 'asc' }, fields: ['organization'] },
  );
  const ids = memberships.map((m) => m.organization.id);
  if (user.lastOrgId && ids.includes(user.lastOrgId)) return user.lastOrgId;
  return ids[0]!;
}
