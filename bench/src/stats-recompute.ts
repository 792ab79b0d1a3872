// `pnpm bench stats-recompute`: an organization of 10,000 members, 200 projects and 1,000,000 assets
// (bulk SQL, generate_series) with a month of uploads and downloads and a session per member, on
// PostgreSQL; one `recomputeStats` (what the worker's stats.recompute job runs) timed, target
// under 10 s; then the first Overview and Users pages, each checked to be ONE SQL query.
import type { MikroORM } from '@mikro-orm/core';
import {
  loadMembership,
  memberScope,
  recomputeStats,
  statsOverview,
  statsUsers,
  type JobQueue,
} from '@roster/core';
import { User, forkEm } from '@roster/db';
import pg from 'pg';
import { migrateAndSeed, openBenchDatabase, openOrm, seedMembers } from './database.js';
import type { BenchSettings } from './env.js';
import { median } from './load.js';
import { machine, printTable, writeResult, type Outcome } from './summary.js';

const members = 10_000;
const projects = 200;
const assets = 1_000_000;
const foldersPerProject = 20;
const targetSeconds = 10;

/** Projects, assignments, folders, assets, activity and sessions, each in one statement. */
async function seedContent(databaseUrl: string, orgId: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const step = async (what: string, sql: string, params: unknown[]) => {
    const started = performance.now();
    await (params.length ? client.query(sql, params) : client.query(sql));
    console.log(`bench: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };
  try {
    await step(
      `${projects} projects`,
      `insert into projects (id, created_at, updated_at, organization_id, name, description, visibility, is_library, archived_at)
       select gen_random_uuid(), now(), now(), $1::uuid, 'Project ' || n, '', 'organization', false,
              case when n % 20 = 0 then now() else null end
         from generate_series(1, $2::int) n`,
      [orgId, projects],
    );
    // Every member in 3 projects.
    await step(
      'project members (3 each)',
      `insert into project_members (id, project_id, organization_id, user_id, role, created_at)
       select gen_random_uuid(), p.id, $1::uuid, m.user_id, 'viewer', now()
         from (select user_id, row_number() over (order by user_id) as k from memberships where organization_id = $1::uuid) m
         join (select id, row_number() over (order by id) - 1 as i from projects where organization_id = $1::uuid and not is_library) p
           on p.i in (m.k % $2::int, (m.k + 7) % $2::int, (m.k + 61) % $2::int)`,
      [orgId, projects],
    );
    await step(
      `${foldersPerProject * projects} folders`,
      `insert into items (id, created_at, updated_at, organization_id, project_id, parent_id, kind, name, name_key, depth, size)
       select gen_random_uuid(), now(), now(), $1::uuid, p.id, null, 'folder', 'Folder ' || n, 'folder ' || n, 0, 0
         from projects p, generate_series(1, $2::int) n where p.organization_id = $1::uuid and not p.is_library`,
      [orgId, foldersPerProject],
    );
    // A bulk load as one is done: the items' secondary indexes dropped, then built once after.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes
        where tablename = 'items' and indexname not in (select conname from pg_constraint)`,
    );
    for (const index of indexes) await client.query(`drop index "${index.name}"`);
    await step(
      `${assets.toLocaleString('en-US')} assets`,
      `insert into items (id, created_at, updated_at, organization_id, project_id, parent_id, kind, name, name_key, depth, size, content_type)
       select gen_random_uuid(), t.at, t.at, $1::uuid, p.id, null, 'asset', 'file-' || n || '.bin', 'file-' || n || '.bin', 0,
              1000 + (n % 100000), 'application/octet-stream'
         from (select id, row_number() over (order by id) - 1 as i from projects where organization_id = $1::uuid and not is_library) p
         join generate_series(0, $2::int - 1) n on n % $3::int = p.i,
         lateral (select now() - (n % 1000) * interval '1 hour' as at) t`,
      [orgId, assets, projects],
    );
    await step(`${indexes.length} item indexes rebuilt`, indexes.map((i) => i.definition).join(';\n'), []);
    // Each member: activity on 6 of the last 60 days, in one of their projects.
    await step(
      'activity (6 days per member)',
      `insert into activity_daily (organization_id, day, project_id, user_id, uploads, downloads, bytes_uploaded, bytes_downloaded)
       select $1::uuid, to_char(current_date - ((m.k * 7 + d * 10) % 60)::int, 'YYYY-MM-DD'), pm.project_id, m.user_id,
              1 + (m.k % 3), 2 + (d % 4), 5000 * (1 + (m.k % 3)), 9000 * (2 + (d % 4))
         from (select user_id, row_number() over (order by user_id) as k from memberships where organization_id = $1::uuid) m
         cross join generate_series(0, 5) d
         join lateral (select project_id from project_members where user_id = m.user_id and organization_id = $1::uuid
                        order by project_id limit 1) pm on true
       on conflict do nothing`,
      [orgId],
    );
    await step(
      'a session per member',
      `insert into sessions (id, user_id, expires_at, absolute_expires_at, created_at, last_seen_at)
       select md5(m.user_id::text), m.user_id, now() + interval '30 days', now() + interval '90 days',
              now() - interval '3 days', now() - (row_number() over (order by m.user_id)) * interval '1 minute'
         from memberships m where m.organization_id = $1::uuid`,
      [orgId],
    );
    await step('analyze', 'analyze', []);
  } finally {
    await client.end();
  }
}

/** The SQL statements `read` sends through the EntityManager's connection. */
async function statementsOf(orm: MikroORM, read: (em: ReturnType<typeof forkEm>) => Promise<unknown>) {
  const em = forkEm(orm);
  const connection = em.getConnection() as unknown as { execute: (...args: unknown[]) => Promise<unknown> };
  const execute = connection.execute.bind(connection);
  let count = 0;
  connection.execute = (...args: unknown[]) => {
    count++;
    return execute(...args);
  };
  try {
    const started = performance.now();
    await read(em);
    return { statements: count, ms: Math.round(performance.now() - started) };
  } finally {
    connection.execute = execute;
  }
}

export async function statsRecomputeBench(settings: BenchSettings): Promise<Outcome[]> {
  const db = await openBenchDatabase(settings, 'stats_recompute');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  const seed = await migrateAndSeed(orm);
  await seedMembers(db.url, seed.orgId, members);
  console.log(`bench: ${members.toLocaleString('en-US')} members`);
  await seedContent(db.url, seed.orgId);

  const runs: number[] = [];
  let counted = { projects: 0, users: 0 };
  for (let round = 1; round <= settings.rounds; round++) {
    const started = performance.now();
    const result = await recomputeStats(forkEm(orm), seed.orgId);
    const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
    if (!result) throw new Error('the organization is gone');
    counted = { projects: result.projects, users: result.users };
    console.log(
      `bench: round ${round}/${settings.rounds}: ${seconds} s (${result.projects} projects, ${result.users} members)`,
    );
    runs.push(seconds);
  }
  // The seeded owner is a member too.
  if (counted.projects !== projects || counted.users !== members + 1)
    throw new Error(
      `recomputed ${JSON.stringify(counted)}, not ${projects} projects and ${members + 1} members`,
    );

  const owner = await forkEm(orm).findOneOrFail(User, { id: seed.userId });
  const membership = await loadMembership(forkEm(orm), owner.id, seed.orgId);
  const jobs = { enqueue: async () => undefined } as unknown as JobQueue;
  const user = { id: owner.id, name: owner.name, email: owner.email, emailVerified: true };
  const overview = await statementsOf(orm, (em) =>
    statsOverview(memberScope({ em, jobs }, user, membership), {
      orgId: seed.orgId,
      sort: 'assets',
      order: 'desc',
    }),
  );
  const users = await statementsOf(orm, (em) =>
    statsUsers(memberScope({ em, jobs }, user, membership), {
      orgId: seed.orgId,
      search: 'user-99',
      sort: 'uploads',
      order: 'desc',
    }),
  );
  const seconds = median(runs);
  console.log('');
  printTable([
    ['statistics on PostgreSQL', 'value'],
    ['members / projects / assets', `${members} / ${projects} / ${assets.toLocaleString('en-US')}`],
    ['recomputeStats (median)', `${seconds} s (target < ${targetSeconds} s)`],
    ['stats.overview first page', `${overview.statements} SQL query, ${overview.ms} ms`],
    ['stats.users page (search, sort)', `${users.statements} SQL query, ${users.ms} ms`],
  ]);
  console.log(`${machine}; ${settings.rounds} rounds, median`);
  writeResult('stats-recompute', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    summary: { members, projects, assets, seconds, runs, overview, users },
  });
  const problems = [
    seconds >= targetSeconds ? `recompute took ${seconds} s (target < ${targetSeconds} s)` : '',
    overview.statements !== 1 ? `the overview page took ${overview.statements} queries` : '',
    users.statements !== 1 ? `the users page took ${users.statements} queries` : '',
  ].filter(Boolean);
  return problems.length ? [{ kind: 'failed', bench: 'stats-recompute', error: problems.join('; ') }] : [];
}
