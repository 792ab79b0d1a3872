import { accountEmailKey, accountEmailTemplates, emailChangedKey } from '../account/keys.js';
import { markEmailSkipped } from '../emails/deliveries.js';
import { welcomeEmailKey } from '../emails/keys.js';
import { notifyPendingInvitations } from '../invitations/notify-pending.js';
import type { Subscriber } from './types.js';

/**
 * A new account owes its welcome email; an account link (confirm the address, reset the password)
 * owes the email that carries it, until used or withdrawn by a newer link; a newly verified
 * address sees the invitations waiting for it in the bell; the address an account left is told.
 */
export const accountSubscriber: Subscriber = {
  inTransaction: {
    'user.email_verified': (p, tx) => notifyPendingInvitations(tx.em, { id: p.userId, email: p.email }),
    'account.link_issued': async (p, tx) => {
      for (const tokenId of p.replaces) await markEmailSkipped(tx.em, accountEmailKey(p.purpose, tokenId));
    },
    'account.link_used': (p, tx) => markEmailSkipped(tx.em, accountEmailKey(p.purpose, p.tokenId)),
  },
  emails: {
    'user.signed_up': (p) => [{ key: welcomeEmailKey(p.userId), template: 'welcome', recipient: p.email }],
    'account.link_issued': (p) => [
      {
        key: accountEmailKey(p.purpose, p.tokenId),
        template: accountEmailTemplates[p.purpose],
        recipient: p.email,
      },
    ],
    'user.email_changed': (p) => [
      { key: emailChangedKey(p.tokenId), template: 'email-changed', recipient: p.previousEmail },
    ],
  },
};
