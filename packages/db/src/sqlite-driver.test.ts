// Two ORMs on one SQLite file stand for the API and the worker (each has its own connection): a
// writer must wait for the other's lock, without stalling its own process, and never fail because
// the other committed between its read and its write.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from './entities/user.entity.js';
import { isLockContention } from './errors.js';
import { createOrm, forkEm, migrate, type EntityManager } from './orm.js';

let dir: string;
let api: MikroORM;
let worker: MikroORM;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'roster-sqlite-'));
  const file = join(dir, 'roster.db');
  api = await createOrm({ database: file });
  await migrate(api);
  worker = await createOrm({ database: file, lockTimeoutMs: 300 });
});
afterAll(async () => {
  await api?.close(true);
  await worker?.close(true);
  await rm(dir, { recursive: true, force: true });
});

async function addUser(em: EntityManager, email: string): Promise<void> {
  em.create(User, { email, name: 'Someone', passwordHash: 'x' });
  await em.flush();
}

/** Resolves when `release` is called: a transaction held open for as long as the test wants. */
function gate() {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  return { opened, release };
}

describe('SQLite shared by two processes', () => {
  it('lets a transaction that read first still write after the other committed', async () => {
    const { opened, release } = gate();
    let othersWrite: Promise<unknown> | undefined;
    const reader = forkEm(api).transactional(async (tx) => {
      const before = await tx.count(User, {});
      // The other process writes while this transaction is between its read and its write.
      othersWrite = addUser(forkEm(worker), 'other@example.com');
      await opened;
      await addUser(tx, 'reader@example.com');
      return before;
    });
    setTimeout(release, 50);
    await reader;
    await othersWrite;
    expect(
      await forkEm(api).count(User, { email: { $in: ['other@example.com', 'reader@example.com'] } }),
    ).toBe(2);
  });

  it('answers a lock held past the timeout with a lock-contention error, then works again', async () => {
    const { opened, release } = gate();
    const holder = forkEm(api).transactional(async (tx) => {
      await addUser(tx, 'holder@example.com');
      await opened;
    });
    const refused = await forkEm(worker)
      .transactional((tx) => addUser(tx, 'late@example.com'))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(isLockContention(refused)).toBe(true);
    release();
    await holder;
    await addUser(forkEm(worker), 'after@example.com');
    expect(
      await forkEm(worker).count(User, { email: { $in: ['holder@example.com', 'after@example.com'] } }),
    ).toBe(2);
  });

  it('gives every connection its settings', async () => {
    const connection = forkEm(worker).getConnection();
    const settings = {
      foreignKeys: await connection.execute('pragma foreign_keys'),
      journal: await connection.execute('pragma journal_mode'),
    };
    expect(settings).toEqual({ foreignKeys: [{ foreign_keys: 1 }], journal: [{ journal_mode: 'wal' }] });
  });
});
