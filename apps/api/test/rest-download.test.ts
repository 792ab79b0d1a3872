// GET /v1/assets/:id/content over real HTTP: whole and ranged downloads, ETag and 304, names in
// Content-Disposition, scriptable types never served as themselves, bytes missing from storage.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentDisposition, safeContentType } from '../src/rest/download/headers.js';
import { parseRange } from '../src/rest/download/range.js';
import {
  restClient,
  restTeam,
  restUpload,
  sha256Of,
  type RestClient,
  type RestTeam,
} from './rest-fixtures.js';

let roster: RunningRoster;
let call: RestClient;
let t: RestTeam;
const bytes = randomBytes(1000);
let asset: Awaited<ReturnType<typeof restUpload>>;

const upload = (name: string, content: Buffer, contentType?: string) =>
  restUpload(
    roster,
    { userId: t.contributor.userId, orgId: t.orgId },
    { projectId: t.projectId, name, bytes: content, ...(contentType ? { contentType } : {}) },
  );
const download = (id: string, headers: Record<string, string> = {}, method = 'GET') =>
  call(method, `/v1/assets/${id}/content`, { cookie: t.viewer.cookie, headers, origin: null });

beforeAll(async () => {
  roster = await startRoster({ worker: false });
  call = restClient(roster);
  t = await restTeam(roster);
  asset = await upload('data.bin', bytes);
}, 60_000);
afterAll(async () => {
  await roster?.stop();
});

describe('download', () => {
  it('sends the whole file as an attachment, with its ETag, length and nosniff', async () => {
    const res = await download(asset.id);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => (headers[name] = value));
    expect(headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-length': '1000',
      etag: `"${sha256Of(bytes)}"`,
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
      'content-disposition': `attachment; filename="data.bin"; filename*=UTF-8''data.bin`,
    });
    expect(res.headers.get('cache-control')).toMatch(/^private\b/);
  });

  it('HEAD answers the same headers without a body', async () => {
    const res = await download(asset.id, {}, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('1000');
    expect(res.headers.get('etag')).toBe(`"${asset.sha256}"`);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it.each([
    ['bytes=0-9', 0, 9],
    ['bytes=990-', 990, 999],
    ['bytes=-5', 995, 999],
    ['bytes=500-5000', 500, 999],
    ['bytes=-5000', 0, 999],
    ['bytes = 3 - 3', 3, 3],
  ])('%s → 206 with those bytes and Content-Range', async (range, start, end) => {
    const res = await download(asset.id, { range });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes.subarray(start, end + 1));
  });

  it.each(['bytes=1000-', 'bytes=5000-6000', 'bytes=-0'])('%s → 416 with the size', async (range) => {
    const res = await download(asset.id, { range });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */1000');
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it.each([
    'bytes=abc',
    'bytes=5-1',
    'items=0-5',
    'bytes=0-1,5-6',
    'bytes=',
    '=0-1',
    `bytes=${'9'.repeat(40)}-`,
  ])('a malformed or multiple range (%s) is ignored: 200 with everything', async (range) => {
    const res = await download(asset.id, { range });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  it('If-None-Match with the ETag → 304 without a body; another ETag → 200', async () => {
    const etag = `"${asset.sha256}"`;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await download(asset.id, { 'if-none-match': header });
      expect(res.status).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect((await res.arrayBuffer()).byteLength).toBe(0);
    }
    expect((await download(asset.id, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('If-Range with another ETag sends the whole file instead of the range', async () => {
    const res = await download(asset.id, { range: 'bytes=0-9', 'if-range': '"stale"' });
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(1000);
  });

  it('an empty file downloads as 0 bytes', async () => {
    const empty = await upload('empty.txt', Buffer.alloc(0));
    const res = await download(empty.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('0');
    expect((await download(empty.id, { range: 'bytes=0-' })).status).toBe(416);
  });

  it('names a unicode file in filename* and gives an ASCII fallback', async () => {
    const named = await upload('Résumé – 東京 📄.txt', Buffer.from('cv'), 'text/plain');
    const res = await download(named.id);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Resume _ __ __.txt"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%E2%80%93%20%E6%9D%B1%E4%BA%AC%20%F0%9F%93%84.txt`,
    );
    expect(res.headers.get('content-type')).toBe('text/plain');
  });

  it('a name with quotes or semicolons cannot break out of the header', async () => {
    const named = await upload(`say "hi"; x=y.txt`, Buffer.from('q'), 'text/plain');
    const header = (await download(named.id)).headers.get('content-disposition')!;
    expect(header).toBe(
      `attachment; filename="say _hi__ x=y.txt"; filename*=UTF-8''say%20%22hi%22%3B%20x%3Dy.txt`,
    );
    // Names with control characters never reach storage (core refuses them); the header drops them.
    expect(attachmentDisposition('a\r\nSet-Cookie: x=1\u0000.txt')).toBe(
      `attachment; filename="aSet-Cookie: x=1.txt"; filename*=UTF-8''aSet-Cookie%3A%20x%3D1.txt`,
    );
  });

  it.each([
    ['page.html', '<html><script>alert(1)</script></html>', 'text/html'],
    ['logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'image/svg+xml'],
    ['feed.xml', '<?xml version="1.0"?><x/>', 'application/xml'],
    ['app.js', 'alert(1)', 'text/javascript'],
    ['page.xhtml', '<html/>', 'application/xhtml+xml'],
  ])('%s is sent as application/octet-stream, an attachment, nosniff', async (name, content, type) => {
    const risky = await upload(name, Buffer.from(content), type);
    const res = await download(risky.id);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(content);
  });

  it('bytes missing from storage answer a 404 problem (and the server stays up)', async () => {
    const lost = await upload('lost.bin', Buffer.from('soon gone'));
    await roster.deps!.storage.delete(lost.key);
    const res = await download(lost.id);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(((await res.json()) as { reason: string }).reason).toBe('ITEM_NOT_FOUND');
    expect((await call('GET', '/health')).status).toBe(200);
  });
});

describe('download failures', () => {
  it('a storage stream failing halfway cuts the download (the client sees it fail), the server stays up', async () => {
    const big = await upload('big.bin', randomBytes(300_000));
    const storage = roster.deps!.storage;
    const get = storage.get.bind(storage);
    storage.get = async () =>
      Readable.from(
        (async function* () {
          yield randomBytes(64 * 1024);
          throw new Error('disk gone');
        })(),
      );
    try {
      const res = await download(big.id);
      expect(res.status).toBe(200);
      await expect(res.arrayBuffer()).rejects.toThrow();
    } finally {
      storage.get = get;
    }
    expect((await call('GET', '/health')).status).toBe(200);
  });
});

describe('download headers, unit', () => {
  it('parses ranges as RFC 9110 says', () => {
    expect(parseRange(undefined, 10)).toEqual({ kind: 'full' });
    expect(parseRange('bytes=2-', 10)).toEqual({ kind: 'partial', range: { start: 2, end: 9 } });
    expect(parseRange('bytes=-3', 10)).toEqual({ kind: 'partial', range: { start: 7, end: 9 } });
    expect(parseRange('bytes=10-', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=0-0,2-3', 10)).toEqual({ kind: 'full' });
  });

  it('keeps safe types and turns scriptable or malformed ones into octet-stream', () => {
    expect(safeContentType('image/png')).toBe('image/png');
    expect(safeContentType('text/plain; charset=utf-8')).toBe('text/plain; charset=utf-8');
    for (const type of [
      'text/html',
      'TEXT/HTML; charset=x',
      'image/svg+xml',
      'application/rss+xml',
      'text/xml',
      'multipart/x-mixed-replace',
      'bogus',
      '',
      'text/plain\r\nx: y',
      'text/plain; charset=\u0001',
    ])
      expect(safeContentType(type)).toBe('application/octet-stream');
  });
});
