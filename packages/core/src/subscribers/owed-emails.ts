import type { EntityManager } from '@roster/db';
import { accountEmailKinds } from './account-email-kinds.js';
import type { JobIdParts, JobName, JobPayload } from '../jobs/contracts.js';
import type { JobQueue } from '../jobs/queue.js';
import { invitationOfKey, userIdOfWelcomeKey } from '../emails/keys.js';
import { prepareInvitationEmail } from './requeue-invitation-email.js';
import { usageAlertEmailKind } from '../usage-alerts/email-kind.js';

/** A job by contract name and the parts of its id. */
export type JobRef = { [N in JobName]: { name: N; idParts: JobIdParts<N> } }[JobName];

/** A job to enqueue, by contract name and payload. */
export type OwedJob = { [N in JobName]: { name: N; payload: JobPayload<N> } }[JobName];

/**
 * What the sweep needs to know of each kind of email (by delivery `template`):
 *
 * - `job(key)`: the job that sends the delivery with this key, to tell whether it will still run.
 * - `prepare(em, key)`: the job that sends it now (in the caller's transaction, when it has one).
 *   An email that carries a token (a link whose secret exists only in the job's payload, the
 *   database keeping its hash) gets a NEW token here; when nothing is owed any more the delivery is
 *   marked skipped and it answers null.
 *
 * A new kind of email adds its entry here (e.g. email verification and password reset links work
 * like invitations: a new token for the same delivery, in the payload of its job).
 */
export interface OwedEmailKind {
  job(key: string): JobRef | null;
  prepare(em: EntityManager, key: string): Promise<OwedJob | null>;
}

/** The sweep's way: prepares the email's job and enqueues it; answers whether it enqueued. */
export async function requeueOwedEmail(
  em: EntityManager,
  jobs: JobQueue,
  kind: OwedEmailKind,
  key: string,
): Promise<boolean> {
  const job = await kind.prepare(em, key);
  if (job) await jobs.enqueue(job.name, job.payload as never);
  return job !== null;
}

export const owedEmailKinds: Record<string, OwedEmailKind> = {
  welcome: {
    job(key) {
      const userId = userIdOfWelcomeKey(key);
      return userId ? { name: 'email.welcome', idParts: { userId } } : null;
    },
    async prepare(_em, key) {
      const userId = userIdOfWelcomeKey(key);
      return userId ? { name: 'email.welcome', payload: { userId } } : null;
    },
  },
  invitation: {
    job(key) {
      const link = invitationOfKey(key);
      return link ? { name: 'email.invitation', idParts: link } : null;
    },
    prepare: prepareInvitationEmail,
  },
  ...accountEmailKinds,
  'usage-alert': usageAlertEmailKind,
};
