import { accountSubscriber } from './account.js';
import { invitationSubscriber } from './invitations.js';
import { memberSubscriber } from './members.js';
import { pluginSubscriber } from '../plugins/subscriber.js';
import { statsSubscriber } from '../stats/subscriber.js';
import { usageAlertSubscriber } from '../usage-alerts/subscriber.js';
import { webhookSubscriber } from '../webhooks/subscriber.js';
import type { Subscriber } from './types.js';

/**
 * Every feature that acts on events. A new side effect (audit records, webhooks, statistics,
 * alerts) is a new entry here, not an edit to the use cases.
 */
export const subscribers: Subscriber[] = [
  memberSubscriber,
  invitationSubscriber,
  accountSubscriber,
  pluginSubscriber,
  usageAlertSubscriber,
  statsSubscriber,
  webhookSubscriber,
];
