// Another process holding the lock a request needs (on SQLite the file's write lock, on PostgreSQL
// the organization's row) for longer than the API waits: a retryable BUSY, never a 500, and the
// next request works.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { Organization, User, createOrm, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, password, uniqueEmail, type Harness } from './harness.js';

let dir: string;
let db: TestDatabase;
let apiOrm: MikroORM;
let h: Harness;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'roster-contention-'));
  db = await createTestDatabase({ file: join(dir, 'roster.db') });
  // The API's own connections, which give up waiting for a lock after half a second.
  apiOrm = await createOrm({ database: db.database, lockTimeoutMs: 500 });
  h = await createHarness({ orm: apiOrm, database: db.database });
});
afterAll(async () => {
  await h?.close();
  await apiOrm?.close(true);
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a lock held by another process', () => {
  it('answers BUSY (503, retryable) while held, and the same request succeeds once released', async () => {
    // Signed up on this test's database (the harness's signUp reads links from its own).
    const anonymous = await h.caller();
    const { user, orgId } = await anonymous.auth.signUp({
      email: uniqueEmail(),
      password,
      name: 'Admin',
      companyName: 'Busy Inc',
    });
    await forkEm(db.orm).nativeUpdate(User, { id: user.id }, { emailVerifiedAt: new Date() });
    const admin = await h.caller({ cookie: anonymous.cookies.at(-1)!.split(';')[0]! });
    const create = () => admin.invitation.create({ orgId, emails: uniqueEmail(), role: 'member' });

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = forkEm(db.orm).transactional(async (tx) => {
      await tx.nativeUpdate(Organization, { id: orgId }, { updatedAt: new Date() });
      locked();
      await released;
    });
    await isLocked;

    const refused = await errorOf(create());
    expect(refused).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'BUSY' });
    expect(refused.message).toMatch(/try again/i);

    release();
    await holder;
    const { results } = await create();
    expect(results[0]?.status).toBe('invited');
  });
});
