// A key's `GET /v1/assets/:id` costs one SQL statement once the key is cached (the asset, its
// uploader, its project and the caller's standing in one query), and still answers NOT_FOUND
// wherever the key does not reach: another project than its own, an archived project.
import { randomBytes } from 'node:crypto';
import { Project, forkEm } from '@roster/db';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createKey, expectProblem, keyOrg, startKeyApi, withKey, type KeyOrg } from './api-keys-fixtures.js';
import { cookieOf, uploadRaw, type Api } from './upload-fixtures.js';

let api: Api;
let org: KeyOrg;
let assetId: string;
beforeAll(async () => {
  api = await startKeyApi();
  org = await keyOrg(api, 'Reader Co');
  const upload = await uploadRaw(
    api,
    await cookieOf(api, org.userId),
    org.alpha,
    { name: 'a.bin' },
    randomBytes(64),
  );
  assetId = (upload.json() as { id: string }).id;
});
afterAll(async () => api?.close());

/** The SQL statements run while `work` runs. */
async function statements(work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(api.h.db.orm.em.getConnection(), 'execute');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

const read = (secret: string) => withKey(api, secret, 'GET', `/v1/assets/${assetId}`);

it('reads an asset with one statement once the key is cached', async () => {
  const key = await createKey(org, { scopes: ['content:read'] });
  expect((await read(key.secret)).status).toBe(200);
  let reply: Awaited<ReturnType<typeof read>> | undefined;
  expect(await statements(async () => (reply = await read(key.secret)))).toBe(1);
  expect(reply?.status).toBe(200);
  expect(reply?.json()).toMatchObject({ id: assetId, projectId: org.alpha, name: 'a.bin', size: 64 });
});

it("answers NOT_FOUND to a key of another project, and once the asset's project is archived", async () => {
  const betaOnly = await createKey(org, { scopes: ['content:read'], projectIds: [org.beta] });
  expectProblem(await read(betaOnly.secret), 404, 'ITEM_NOT_FOUND');
  const key = await createKey(org, { scopes: ['content:read'] });
  await forkEm(api.h.db.orm).nativeUpdate(Project, { id: org.alpha }, { archivedAt: new Date() });
  expectProblem(await read(key.secret), 404, 'ITEM_NOT_FOUND');
});
