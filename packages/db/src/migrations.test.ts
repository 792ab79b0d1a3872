import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing.js';
import { Membership } from './entities/membership.entity.js';
import { Organization } from './entities/organization.entity.js';
import { User } from './entities/user.entity.js';
import { isUniqueViolation } from './errors.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe(`migrations (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('bring an empty database to exactly the schema the entities describe', async () => {
    expect(await db.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });

  it('refuse a second owner in one organization', async () => {
    const em = db.orm.em.fork();
    const org = em.create(Organization, { name: 'Acme' });
    const [a, b] = ['a@example.com', 'b@example.com'].map((email) =>
      em.create(User, { email, name: email, passwordHash: 'x' }),
    );
    em.create(Membership, { organization: org, user: a!, role: 'owner' });
    await em.flush();
    em.create(Membership, { organization: org, user: b!, role: 'owner' });
    const error = await em.flush().catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });
});
