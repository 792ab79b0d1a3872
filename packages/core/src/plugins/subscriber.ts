import type { Subscriber } from '../subscribers/types.js';
import { uninstallPluginsOf } from './installer-rule.js';

/** The installer rule, in the transaction of the change to the installer's membership. */
export const pluginSubscriber: Subscriber = {
  inTransaction: {
    'member.role_changed': async (p, tx) => {
      if (p.role === 'member' && p.previousRole !== 'member') {
        await uninstallPluginsOf(tx, p.userId, 'installer_demoted');
      }
    },
    'member.removed': (p, tx) => uninstallPluginsOf(tx, p.userId, 'installer_removed'),
    'member.left': (p, tx) => uninstallPluginsOf(tx, p.userId, 'installer_left'),
  },
};
