import { markEmailSkipped } from '../emails/deliveries.js';
import { invitationEmailKey } from '../emails/keys.js';
import { markInvitationNotificationsRead, notify } from '../notifications/service.js';
import { actorName, orgOf } from './actor-name.js';
import type { Subscriber } from './types.js';

/**
 * An invitation owes its email (sent by the worker, which issues the link's token then), shows in
 * the invitee's bell, and once answered, revoked or resent, its earlier email and notification are
 * settled in the same transaction.
 */
export const invitationSubscriber: Subscriber = {
  inTransaction: {
    'invitation.created': (p, tx) => {
      if (!p.inviteeUserId) return;
      const org = orgOf(tx);
      notify(tx.em, p.inviteeUserId, 'invitation', {
        orgId: org.id,
        orgName: org.name,
        actorName: actorName(tx),
        role: p.role,
        invitationId: p.invitationId,
      });
    },
    'invitation.resent': (p, tx) => markEmailSkipped(tx.em, invitationEmailKey(p.invitationId, p.send - 1)),
    'invitation.revoked': async (p, tx) => {
      await markEmailSkipped(tx.em, invitationEmailKey(p.invitationId, p.send));
      if (p.inviteeUserId) await markInvitationNotificationsRead(tx.em, p.inviteeUserId, p.invitationId);
    },
    'invitation.accepted': async (p, tx) => {
      await markEmailSkipped(tx.em, invitationEmailKey(p.invitationId, p.send));
      await markInvitationNotificationsRead(tx.em, p.userId, p.invitationId);
    },
    'invitation.declined': async (p, tx) => {
      await markEmailSkipped(tx.em, invitationEmailKey(p.invitationId, p.send));
      await markInvitationNotificationsRead(tx.em, p.userId, p.invitationId);
    },
  },
  emails: {
    'invitation.created': (p) => [
      { key: invitationEmailKey(p.invitationId, 1), template: 'invitation', recipient: p.email },
    ],
    'invitation.resent': (p) => [
      { key: invitationEmailKey(p.invitationId, p.send), template: 'invitation', recipient: p.email },
    ],
  },
};
