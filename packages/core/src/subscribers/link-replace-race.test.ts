import { setTimeout as sleep } from 'node:timers/promises';
import { AccountToken, EmailDelivery, User, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testDatabaseKind } from '@roster/testing/env';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobQueue } from '../jobs/queue.js';
import { transact } from '../scope.js';
import { createAccountScope } from './create-scope.js';
import { accountEmailKey } from '../account/keys.js';
import { reissueAccountToken } from '../account/reissue.js';
import { issueAccountToken, replaceAccountToken } from '../account/tokens.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

// Enqueues nothing here: the tests below run no after-commit dispatch.
const jobs = { enqueue: async () => undefined } as unknown as JobQueue;
const scope = () => createAccountScope({ em: forkEm(db.orm), jobs, actor: { type: 'anonymous' } });

describe('replaceAccountToken', () => {
  // Row locks only matter where transactions run side by side (SQLite runs one at a time).
  it.skipIf(testDatabaseKind() !== 'postgresql')(
    'waits for a dispatch holding the old link (its delivery, then its token) instead of deadlocking',
    async () => {
      const user = await transact(scope(), async (tx) =>
        tx.em.create(User, { email: 'replace@example.com', name: 'Replace', passwordHash: 'x' }),
      );
      const unused = { user: user.id, purpose: 'reset_password', usedAt: null } as const;
      const oldId = await transact(scope(), (tx) => issueAccountToken(tx, user, 'reset_password'));
      const key = accountEmailKey('reset_password', oldId);

      let replacing: Promise<string> | undefined;
      // The dispatch's order: it takes the delivery, then issues the link's token.
      await forkEm(db.orm).transactional(async (dispatch) => {
        await dispatch.nativeUpdate(EmailDelivery, { key }, { updatedAt: new Date() });
        replacing = transact(scope(), (tx) => replaceAccountToken(tx, user, 'reset_password', unused));
        await sleep(300);
        await reissueAccountToken(dispatch, oldId);
      });
      const newId = await replacing!;

      const em = forkEm(db.orm);
      expect((await em.findOneOrFail(EmailDelivery, { key })).status).toBe('skipped');
      expect(await em.count(AccountToken, { id: oldId })).toBe(0);
      expect(await em.count(AccountToken, unused)).toBe(1);
      expect(newId).not.toBe(oldId);
    },
  );
});
