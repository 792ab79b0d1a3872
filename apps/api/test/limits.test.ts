import { Project, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../src/cli/commands.js';
import { uploadAsset } from './content-fixtures.js';
import { createHarness, errorOf, uniqueEmail, type Harness } from './harness.js';
import { invite } from './invitation-fixtures.js';

// What an operator's per-organization limits change for the organization's people: its seats, its
// storage and largest file, as org.get shows them; another organization keeps its plan's.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const setLimit = (orgId: string, limit: string, value: string) =>
  runCommand({ em: forkEm(h.db.orm), jobs: h.deps.jobs }, ['set-limit', orgId, limit, value]);

async function libraryOf(orgId: string): Promise<string> {
  const library = await forkEm(h.db.orm).findOneOrFail(Project, { organization: orgId, isLibrary: true });
  return library.id;
}

describe('seats set by the operator', () => {
  it('refuses invitations and acceptances at the new number, and shows it', async () => {
    const admin = await h.signUp();
    const other = await h.signUp();
    await setLimit(admin.orgId, 'seats', '3');
    const { results } = await admin.caller.invitation.create({
      orgId: admin.orgId,
      emails: [uniqueEmail(), uniqueEmail(), uniqueEmail()],
      role: 'member',
    });
    expect(results.map((r) => r.status)).toEqual(['invited', 'invited', 'seat_limit']);
    expect((await admin.caller.org.get({ orgId: admin.orgId })).seats).toEqual({ used: 3, limit: 3 });
    expect((await other.caller.org.get({ orgId: other.orgId })).seats).toEqual({ used: 1, limit: 5 });

    // Lowered while two invitations are pending: the first joins, the second finds no seat.
    const [first, second] = [await h.signUp(), await h.signUp()];
    await setLimit(admin.orgId, 'seats', 'default');
    const firstLink = await invite(h, admin.caller, admin.orgId, first.email);
    const secondLink = await invite(h, admin.caller, admin.orgId, second.email);
    await setLimit(admin.orgId, 'seats', '2');
    await first.caller.invitation.accept({ token: firstLink.token });
    expect(await errorOf(second.caller.invitation.accept({ token: secondLink.token }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'SEAT_LIMIT_REACHED',
      message: 'All 2 seats of this organization are taken (members and pending invitations count).',
    });
  });

  it('lets an unlimited organization invite past its plan', async () => {
    const admin = await h.signUp();
    await setLimit(admin.orgId, 'seats', 'unlimited');
    const emails = Array.from({ length: 6 }, () => uniqueEmail());
    const { results } = await admin.caller.invitation.create({ orgId: admin.orgId, emails, role: 'member' });
    expect(results.every((r) => r.status === 'invited')).toBe(true);
    expect((await admin.caller.org.get({ orgId: admin.orgId })).seats).toEqual({ used: 7, limit: null });
    expect((await admin.caller.auth.me())?.orgs.find((o) => o.id === admin.orgId)).toBeDefined();
    const listed = (await admin.caller.org.list()).find((o) => o.id === admin.orgId);
    expect(listed?.seats).toEqual({ used: 7, limit: null });
  });
});

describe('storage set by the operator', () => {
  it('refuses an upload over the new storage limit and takes what fits', async () => {
    const owner = await h.signUp();
    const projectId = await libraryOf(owner.orgId);
    await setLimit(owner.orgId, 'storageBytes', '1KiB');
    const org = await owner.caller.org.get({ orgId: owner.orgId });
    expect(org.storage).toEqual({ used: 0, limit: 1024, largestFile: 100 * 1024 ** 2 });
    expect(org.limits.storageBytes).toBe(1024);

    await uploadAsset(h, owner.userId, owner.orgId, { projectId, name: 'a.txt', bytes: 'x'.repeat(1000) });
    await expect(
      uploadAsset(h, owner.userId, owner.orgId, { projectId, name: 'b.txt', bytes: 'x'.repeat(25) }),
    ).rejects.toMatchObject({ reason: 'STORAGE_QUOTA_EXCEEDED', details: { limit: 1024, used: 1000 } });
    await uploadAsset(h, owner.userId, owner.orgId, { projectId, name: 'c.txt', bytes: 'x'.repeat(24) });
    expect((await owner.caller.org.get({ orgId: owner.orgId })).storage.used).toBe(1024);
  });

  it('refuses a file over the new largest file, and unlimited storage takes any size', async () => {
    const owner = await h.signUp();
    const projectId = await libraryOf(owner.orgId);
    await setLimit(owner.orgId, 'largestFileBytes', '10');
    await setLimit(owner.orgId, 'storageBytes', 'unlimited');
    expect((await owner.caller.org.get({ orgId: owner.orgId })).storage).toEqual({
      used: 0,
      limit: null,
      largestFile: 10,
    });
    await expect(
      uploadAsset(h, owner.userId, owner.orgId, { projectId, name: 'big.txt', bytes: 'x'.repeat(11) }),
    ).rejects.toMatchObject({ reason: 'FILE_TOO_LARGE', details: { limit: 10, size: 11 } });
    await uploadAsset(h, owner.userId, owner.orgId, { projectId, name: 'ok.txt', bytes: 'x'.repeat(10) });
  });
});
