import { jobNames } from '@roster/core';
import { sendAccountEmail } from './account-email.js';
import { purgeContentJob } from './content-purge.js';
import { contentSweepJob } from './content-sweep.js';
import { dispatchEventsJob } from './dispatch-events.js';
import { sendEmailChangedEmail } from './email-changed-email.js';
import { sendInvitationEmail } from './invitation-email.js';
import type { JobHandlers } from './types.js';
import { usageRollupJob } from './usage-rollup.js';
import { statsNightlyJob } from './stats-nightly.js';
import { statsRecomputeJob } from './stats-recompute.js';
import { sendUsageAlertEmail } from './usage-alert-email.js';
import { usageAlertsJob } from './usage-alerts.js';
import { webhookDeliverJob } from './webhook-deliver.js';
import { sendWelcomeEmail } from './welcome-email.js';

/** Job name → handler. Typed by core's `jobContracts`: a job without a handler does not compile. */
export const handlers: JobHandlers = {
  'email.welcome': sendWelcomeEmail,
  'email.invitation': sendInvitationEmail,
  'email.verify-email': (payload, ctx) => sendAccountEmail('verify_email', payload, ctx),
  'email.reset-password': (payload, ctx) => sendAccountEmail('reset_password', payload, ctx),
  'email.confirm-email-change': (payload, ctx) => sendAccountEmail('change_email', payload, ctx),
  'email.email-changed': sendEmailChangedEmail,
  'email.usage-alert': sendUsageAlertEmail,
  'events.dispatch': dispatchEventsJob,
  'content.purge': purgeContentJob,
  'content.sweep': contentSweepJob,
  'usage.rollup': usageRollupJob,
  'stats.recompute': statsRecomputeJob,
  'stats.nightly': statsNightlyJob,
  'webhook.deliver': webhookDeliverJob,
  'usage.alerts': usageAlertsJob,
};

/**
 * The same rule at start-up, for what types cannot see (a contract added to a core build the
 * worker was not compiled against, a handler map assembled at runtime): every job needs a handler,
 * and every handler a job.
 */
export function assertEveryJobHasHandler(map: object, names: readonly string[] = jobNames): void {
  const given = map as Record<string, unknown>;
  const missing = names.filter((name) => typeof given[name] !== 'function');
  if (missing.length > 0) {
    throw new Error(
      `roster-worker: no handler for job ${missing.map((n) => `"${n}"`).join(', ')}; ` +
        'every job in @roster/core jobContracts needs one in apps/worker/src/handlers/index.ts',
    );
  }
  const unknown = Object.keys(given).filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `roster-worker: handler for unknown job ${unknown.map((n) => `"${n}"`).join(', ')}; no such contract in @roster/core`,
    );
  }
}
