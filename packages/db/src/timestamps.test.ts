// Datetime columns are written only when they change. On SQLite they are stored as epoch
// milliseconds; a property declared `type: 'datetime'` was compared as a Date against that number, so
// every flush of a loaded entity rewrote all its datetime columns (`created_at` included).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing.js';
import { EmailDelivery } from './entities/email-delivery.entity.js';
import { Membership } from './entities/membership.entity.js';
import { Organization } from './entities/organization.entity.js';
import { Session } from './entities/session.entity.js';
import { User } from './entities/user.entity.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

/** The UPDATE statements the ORM runs during `work`. */
async function updatesDuring(work: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(db.orm.config.getLogger(), 'logQuery');
  try {
    await work();
    return spy.mock.calls.flatMap(([context]) => context.query ?? []).filter((q) => /^\s*update\b/i.test(q));
  } finally {
    spy.mockRestore();
  }
}

/** `created_at` and `updated_at` exactly as the row holds them. */
async function rawTimestamps(id: string): Promise<{ created_at: unknown; updated_at: unknown }> {
  const [row] = await db.orm.em
    .getConnection()
    .execute<{ created_at: unknown; updated_at: unknown }[]>(
      'select created_at, updated_at from organizations where id = ?',
      [id],
    );
  return row!;
}

describe(`timestamps (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('an update sets updated_at and leaves created_at as it was', async () => {
    const em1 = db.orm.em.fork();
    const created = em1.create(Organization, { name: 'Acme' });
    await em1.flush();
    const before = await rawTimestamps(created.id);
    await new Promise((resolve) => setTimeout(resolve, 5));

    const em = db.orm.em.fork();
    const org = await em.findOneOrFail(Organization, created.id);
    expect(org.createdAt.getTime()).toBe(created.createdAt.getTime());
    org.name = 'Acme Renamed';
    const updates = await updatesDuring(() => em.flush());

    expect(updates).toHaveLength(1);
    expect(updates[0]).not.toMatch(/created_at/);
    expect(updates[0]).toMatch(/updated_at/);
    const after = await rawTimestamps(created.id);
    expect(after.created_at).toEqual(before.created_at);
    expect(after.updated_at).not.toEqual(before.updated_at);

    const reloaded = await db.orm.em.fork().findOneOrFail(Organization, created.id);
    expect(reloaded.name).toBe('Acme Renamed');
    expect(reloaded.createdAt.getTime()).toBe(created.createdAt.getTime());
    expect(reloaded.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
  });

  it('a flush after only reading writes nothing, for every entity with datetime columns', async () => {
    const em1 = db.orm.em.fork();
    const user = em1.create(User, { email: 'reader@example.com', name: 'Reader', passwordHash: 'x' });
    const org = em1.create(Organization, { name: 'Readers' });
    const membership = em1.create(Membership, { organization: org, user, role: 'owner' });
    const now = Date.now();
    const session = em1.create(Session, {
      id: 'a'.repeat(64),
      user,
      expiresAt: new Date(now + 60_000),
      absoluteExpiresAt: new Date(now + 120_000),
    });
    const delivery = em1.create(EmailDelivery, {
      key: `welcome:${user.id}`,
      template: 'welcome',
      recipient: user.email,
    });
    delivery.claimedAt = new Date(now);
    delivery.sentAt = new Date(now + 1);
    await em1.flush();

    const em = db.orm.em.fork();
    const loaded = await em.findOneOrFail(Membership, membership.id, {
      populate: ['organization', 'user'],
      strategy: 'joined',
    });
    await em.findOneOrFail(Session, session.id, { populate: ['user'] });
    await em.findOneOrFail(EmailDelivery, delivery.id);
    expect(loaded.organization.getEntity().createdAt).toBeInstanceOf(Date);
    expect(loaded.user.getEntity().updatedAt).toBeInstanceOf(Date);
    expect(await updatesDuring(() => em.flush())).toEqual([]);
  });
});
