import type { EntityManager } from '@roster/db';
import type { JobRef, OwedJob } from '../subscribers/owed-emails.js';
import { usageAlertOfKey } from './keys.js';

/**
 * The owed-email entry of a usage alert's email (delivery template `usage-alert`): its job names
 * the alert's event and the recipient. It carries no secret, so a job made again is the same job.
 */
export const usageAlertEmailKind = {
  job(key: string): JobRef | null {
    const alert = usageAlertOfKey(key);
    return alert ? { name: 'email.usage-alert', idParts: alert } : null;
  },
  async prepare(_em: EntityManager, key: string): Promise<OwedJob | null> {
    const alert = usageAlertOfKey(key);
    return alert ? { name: 'email.usage-alert', payload: alert } : null;
  },
};
