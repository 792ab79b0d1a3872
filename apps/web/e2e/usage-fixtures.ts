import { createHash, randomUUID } from 'node:crypto';
import { seedOrganization, seedProject } from '@roster/testing/factories';
import type { RunningRoster } from './server';

type Orm = RunningRoster['roster']['db']['orm'];

// The usage page's data, written as the rollup and the quota leave it (rows of usage_daily,
// usage_storage_daily and usage_batches) through the ORM by entity name: the web app's journeys may
// not import the server packages, and the rows are the same on SQLite and PostgreSQL.

const dayMs = 86_400_000;
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
/** core's `noId`: no project, or no API key (the signed-in web app). */
const noId = '00000000-0000-0000-0000-000000000000';

export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

export interface SeededRow {
  day: string;
  projectId: string;
  apiKeyId: string;
  apiCalls: number;
  bandwidthIn: number;
  bandwidthOut: number;
}

export interface UsageOrg {
  orgId: string;
  owner: Awaited<ReturnType<typeof seedOrganization>>['owner'];
  admin: Awaited<ReturnType<typeof seedOrganization>>['members'][number];
  member: Awaited<ReturnType<typeof seedOrganization>>['members'][number];
  projects: { brandKit: { id: string; name: string }; website: { id: string; name: string } };
  keys: {
    ci: { id: string; name: string; prefix: string };
    mobile: { id: string; name: string; prefix: string };
  };
  rows: SeededRow[];
  /** The API-call limit set for the organization: this month's calls are 86 % of it. */
  apiCallsLimit: number;
}

/** Umbrella (free plan) with an admin and a member, two projects and two API keys. */
async function seedUmbrella(orm: Orm) {
  const org = await seedOrganization(orm, { name: 'Umbrella', members: ['admin', 'member'] });
  const [admin, member] = org.members;
  if (!admin || !member) throw new Error('Umbrella was seeded without its admin and member');
  const brandKit = await seedProject(orm, { orgId: org.id, name: 'Brand kit' });
  const website = await seedProject(orm, { orgId: org.id, name: 'Website relaunch' });
  const em = orm.em.fork();
  const key = async (name: string, prefix: string) => {
    const id = randomUUID();
    await em.insert('ApiKey', {
      id,
      createdAt: new Date(),
      updatedAt: new Date(),
      organization: org.id,
      name,
      prefix,
      secretHash: createHash('sha256').update(randomUUID()).digest('hex'),
      scopes: ['content:read'],
      allProjects: true,
      createdBy: org.owner.id,
    });
    return { id, name, prefix };
  };
  const keys = { ci: await key('CI deploys', 'rst_Ci42'), mobile: await key('Mobile app', 'rst_Mo7x') };
  return { orgId: org.id, owner: org.owner, admin, member, projects: { brandKit, website }, keys };
}

/**
 * 90 days of traffic ending today: the CI key reads Brand kit every day, the mobile app lists
 * projects (no project), people download and upload in the browser (no key). The organization's
 * API-call limit is set so that this month's calls are 86 % of it, and its storage is full (1 GiB,
 * the free plan's): the page shows both warnings. The last rollup was two minutes ago.
 */
export async function seedUsageOrg(orm: Orm, now = new Date()): Promise<UsageOrg> {
  const base = await seedUmbrella(orm);
  const rows: SeededRow[] = [];
  for (let ago = 0; ago < 90; ago++) {
    const day = utcDay(new Date(now.getTime() - ago * dayMs));
    const wave = (ago * 7) % 11; // a little variety from day to day
    rows.push(
      row(day, base.projects.brandKit.id, base.keys.ci.id, 120 + wave * 15, 0, (40 + wave * 6) * MiB),
      row(day, noId, base.keys.mobile.id, 40 + wave * 4, 0, 2 * MiB),
      row(day, base.projects.website.id, noId, 0, (10 + wave) * MiB, (ago % 3) * 25 * MiB),
    );
  }
  const em = orm.em.fork();
  await em.insertMany(
    'UsageDaily',
    rows.map((r) => ({ organization: base.orgId, ...r })),
  );
  await em.insertMany(
    'UsageStorageDaily',
    [0, 1, 2].map((ago) => ({
      organization: base.orgId,
      day: utcDay(new Date(now.getTime() - ago * dayMs)),
      peakBytes: GiB,
      lastBytes: GiB,
    })),
  );
  await em.insert('UsageBatch', {
    id: `e2e-${randomUUID()}`,
    appliedAt: new Date(now.getTime() - 2 * 60_000),
  });
  const month = now.toISOString().slice(0, 7);
  const monthCalls = rows.filter((r) => r.day.startsWith(month)).reduce((sum, r) => sum + r.apiCalls, 0);
  // Rounded down: at least 86 % (and less than 87 %: a month has at least 160 calls).
  const apiCallsLimit = Math.floor(monthCalls / 0.86);
  await em.nativeUpdate(
    'Organization',
    { id: base.orgId },
    { storageBytes: GiB, limits: { apiCallsPerMonth: apiCallsLimit } },
  );
  return { ...base, rows, apiCallsLimit };
}

function row(
  day: string,
  projectId: string,
  apiKeyId: string,
  apiCalls: number,
  bandwidthIn: number,
  bandwidthOut: number,
): SeededRow {
  return { day, projectId, apiKeyId, apiCalls, bandwidthIn, bandwidthOut };
}

/** The totals of `rows` on the days from `from` on. */
export function totals(rows: SeededRow[], from: string) {
  const inRange = rows.filter((r) => r.day >= from);
  const sum = (metric: 'apiCalls' | 'bandwidthIn' | 'bandwidthOut') =>
    inRange.reduce((total, r) => total + r[metric], 0);
  return { apiCalls: sum('apiCalls'), bandwidthIn: sum('bandwidthIn'), bandwidthOut: sum('bandwidthOut') };
}
