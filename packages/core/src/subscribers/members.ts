import { notify } from '../notifications/service.js';
import { actorName, orgOf } from './actor-name.js';
import type { Subscriber } from './types.js';

/** The bell tells people what happened to their membership. */
export const memberSubscriber: Subscriber = {
  inTransaction: {
    'member.removed': (p, tx) => {
      const org = orgOf(tx);
      notify(tx.em, p.userId, 'removed', { orgId: org.id, orgName: org.name, actorName: actorName(tx) });
    },
    'member.role_changed': (p, tx) => {
      const org = orgOf(tx);
      notify(tx.em, p.userId, 'role_changed', {
        orgId: org.id,
        orgName: org.name,
        actorName: actorName(tx),
        role: p.role,
      });
    },
    'ownership.transferred': (p, tx) => {
      const org = orgOf(tx);
      notify(tx.em, p.toUserId, 'ownership_transferred', {
        orgId: org.id,
        orgName: org.name,
        actorName: actorName(tx),
        role: 'owner',
      });
    },
  },
};
