// /v1 downloads and zips with content in an S3-compatible bucket (s3rver on 127.0.0.1), as with
// STORAGE_URL=s3://…: the same answers as from the local directory.
import { randomBytes } from 'node:crypto';
import { startS3rver, type RunningS3rver } from '@roster/storage/testing';
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, restTeam, restUpload, type RestClient, type RestTeam } from './rest-fixtures.js';

let s3: RunningS3rver;
let roster: RunningRoster;
let call: RestClient;
let t: RestTeam;

beforeAll(async () => {
  s3 = await startS3rver();
  roster = await startRoster({ worker: false, storageUrl: s3.url });
  call = restClient(roster);
  t = await restTeam(roster);
}, 60_000);
afterAll(async () => {
  await roster?.stop();
  await s3?.close();
});

describe('on S3', () => {
  it('downloads whole, by range, with 304 and 416, and zips a folder', async () => {
    expect(roster.deps!.storage.kind).toBe('s3');
    const res = await call('POST', `/v1/projects/${t.projectId}/folders`, {
      cookie: t.manager.cookie,
      body: { name: 'Bucketed' },
    });
    const folderId = ((await res.json()) as { id: string }).id;
    const bytes = randomBytes(200_000);
    const asset = await restUpload(
      roster,
      { userId: t.manager.userId, orgId: t.orgId },
      { projectId: t.projectId, folderId, name: 'blob.bin', bytes },
    );
    const get = (headers: Record<string, string> = {}) =>
      call('GET', `/v1/assets/${asset.id}/content`, { cookie: t.viewer.cookie, headers });

    const whole = await get();
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(bytes);
    const part = await get({ range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/200000');
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));
    const suffix = await get({ range: 'bytes=-10' });
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(bytes.subarray(-10));
    expect((await get({ 'if-none-match': `"${asset.sha256}"` })).status).toBe(304);
    expect((await get({ range: 'bytes=200000-' })).status).toBe(416);

    const zip = await call('GET', `/v1/folders/${folderId}/zip`, { cookie: t.viewer.cookie });
    expect(zip.status).toBe(200);
    const body = Buffer.from(await zip.arrayBuffer());
    // The local file header of the one file, then its bytes stored as they are (random data).
    expect(body.subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(body.includes(bytes.subarray(0, 4096))).toBe(true);

    await roster.deps!.storage.delete(asset.key);
    const lost = await get();
    expect(lost.status).toBe(404);
    expect(lost.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  }, 60_000);
});
