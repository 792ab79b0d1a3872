import type { EntityManager } from '@roster/db';
import { accountEmailKinds } from './account-email-kinds.js';
import type { JobIdParts, JobName } from '../jobs/contracts.js';
import type { JobQueue } from '../jobs/queue.js';
import { invitationOfKey, userIdOfWelcomeKey } from '../emails/keys.js';
import { requeueInvitationEmail } from './requeue-invitation-email.js';

/** A job by contract name and the parts of its id. */
export type JobRef = { [N in JobName]: { name: N; idParts: JobIdParts<N> } }[JobName];

/**
 * What the sweep needs to know of each kind of email (by delivery `template`):
 *
 * - `job(key)`: the job that sends the delivery with this key, to tell whether it will still run.
 * - `requeue(em, jobs, key)`: enqueues the email again once its job is gone. An email that carries
 *   a token (a link whose secret exists only in the job's payload, the database keeping its hash)
 *   must first get a NEW token, and the delivery is marked skipped when nothing is owed any more;
 *   it answers whether it enqueued.
 *
 * A new kind of email adds its entry here (e.g. email verification and password reset links work
 * like invitations: a new token for the same delivery, then `jobs.enqueue` with it).
 */
export interface OwedEmailKind {
  job(key: string): JobRef | null;
  requeue(em: EntityManager, jobs: JobQueue, key: string): Promise<boolean>;
}

export const owedEmailKinds: Record<string, OwedEmailKind> = {
  welcome: {
    job(key) {
      const userId = userIdOfWelcomeKey(key);
      return userId ? { name: 'email.welcome', idParts: { userId } } : null;
    },
    async requeue(_em, jobs, key) {
      const userId = userIdOfWelcomeKey(key);
      if (!userId) return false;
      await jobs.enqueue('email.welcome', { userId });
      return true;
    },
  },
  invitation: {
    job(key) {
      const link = invitationOfKey(key);
      return link ? { name: 'email.invitation', idParts: link } : null;
    },
    requeue: requeueInvitationEmail,
  },
  ...accountEmailKinds,
};
