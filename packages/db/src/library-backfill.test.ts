import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forkEm } from './orm.js';
import { dateParam } from './queries/org-seats.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
});
afterAll(() => db.close());

describe(`the projects migration (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('gives every organization that existed before it a Library project', async () => {
    const migrator = db.orm.getMigrator();
    await migrator.up({ to: 'Migration20261123115440_init' });
    const em = forkEm(db.orm);
    const now = dateParam(em, new Date());
    for (const [id, name] of [
      ['6f1c1f4e-0000-4000-8000-000000000001', 'Acme'],
      ['6f1c1f4e-0000-4000-8000-000000000002', 'Globex'],
    ]) {
      await em.execute('insert into organizations (id, created_at, updated_at, name) values (?, ?, ?, ?)', [
        id,
        now,
        now,
        name,
      ]);
    }
    await migrator.up();
    const rows = await em.execute<
      { organization_id: string; name: string; visibility: string; id: string }[]
    >(
      'select organization_id, name, visibility, id from projects where is_library = ? order by organization_id',
      [true],
    );
    expect(rows.map((r) => [r.organization_id, r.name, r.visibility])).toEqual([
      ['6f1c1f4e-0000-4000-8000-000000000001', 'Library', 'organization'],
      ['6f1c1f4e-0000-4000-8000-000000000002', 'Library', 'organization'],
    ]);
    for (const row of rows)
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
