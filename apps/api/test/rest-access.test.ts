// /v1 over real HTTP: who may call what (PRODUCT §3, §6), problem+json errors, the Origin rule,
// cursor pages with their Link header.
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, restTeam, restUpload, type RestClient, type RestTeam } from './rest-fixtures.js';

let roster: RunningRoster;
let call: RestClient;
let t: RestTeam;
let folderId: string;
let assetId: string;

beforeAll(async () => {
  roster = await startRoster({ worker: false });
  call = restClient(roster);
  t = await restTeam(roster);
  const res = await call('POST', `/v1/projects/${t.projectId}/folders`, {
    cookie: t.manager.cookie,
    body: { name: 'Plans' },
  });
  folderId = ((await res.json()) as { id: string }).id;
  const asset = await restUpload(
    roster,
    { userId: t.manager.userId, orgId: t.orgId },
    { projectId: t.projectId, folderId, name: 'plan.txt', bytes: Buffer.from('the plan') },
  );
  assetId = asset.id;
}, 60_000);
afterAll(async () => {
  await roster?.stop();
});

/** The problem body of an answer, after checking it is problem+json with this status. */
async function problemOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    reason: string;
  };
  expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:roster:problem:/) });
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
  return body as typeof body & { fieldErrors?: Record<string, string> };
}

const reads = () => [
  ['GET', `/v1/projects/${t.projectId}/items`],
  ['GET', `/v1/assets/${assetId}`],
  ['GET', `/v1/assets/${assetId}/content`],
  ['GET', `/v1/folders/${folderId}/zip`],
];
const writes = () =>
  [
    ['POST', `/v1/projects/${t.projectId}/folders`, { name: 'New' }],
    ['PATCH', `/v1/folders/${folderId}`, { name: 'Renamed' }],
    ['DELETE', `/v1/folders/${folderId}`],
    ['PATCH', `/v1/assets/${assetId}`, { name: 'renamed.txt' }],
    ['DELETE', `/v1/assets/${assetId}`],
  ] as [string, string, unknown?][];

describe('who may call', () => {
  it('without a session: 401 on every route', async () => {
    for (const [method, path] of [...reads(), ...writes(), ['GET', `/v1/projects?orgId=${t.orgId}`]])
      expect((await problemOf(await call(method!, path!), 401)).reason).toBe('UNAUTHENTICATED');
  });

  it('a member of another organization: 404, exactly as for an id that does not exist', async () => {
    const missing = '6f1f7c36-0d6c-4f6e-9a55-2d0b8f0e7a11';
    for (const [method, path, body] of [...reads(), ...writes()]) {
      const theirs = await problemOf(await call(method!, path!, { cookie: t.stranger.cookie, body }), 404);
      const none = await problemOf(
        await call(method!, path!.replace(/[0-9a-f-]{36}/, missing), { cookie: t.stranger.cookie, body }),
        404,
      );
      expect(theirs).toEqual(none);
      // …and as core answers a member of the organization asking for an id that does not exist.
      const missingForMember = await problemOf(
        await call(method!, path!.replace(/[0-9a-f-]{36}/, missing), { cookie: t.manager.cookie, body }),
        404,
      );
      expect(theirs).toEqual(missingForMember);
    }
    await problemOf(await call('GET', `/v1/projects?orgId=${t.orgId}`, { cookie: t.stranger.cookie }), 404);
  });

  it('a member not assigned to the project: 404 on its content', async () => {
    for (const [method, path, body] of [...reads(), ...writes()])
      expect(
        (await problemOf(await call(method!, path!, { cookie: t.plain.cookie, body }), 404)).reason,
      ).toMatch(/_NOT_FOUND$/);
  });

  it('a viewer reads but changes nothing: 403 on every change', async () => {
    for (const [method, path] of reads())
      expect((await call(method!, path!, { cookie: t.viewer.cookie })).status).toBe(200);
    for (const [method, path, body] of writes())
      expect(
        (await problemOf(await call(method!, path!, { cookie: t.viewer.cookie, body }), 403)).reason,
      ).toBe('PERMISSION_DENIED');
  });

  it('a contributor creates and moves but does not delete folders (managers do)', async () => {
    const created = await call('POST', `/v1/projects/${t.projectId}/folders`, {
      cookie: t.contributor.cookie,
      body: { name: 'Drafts' },
    });
    expect(created.status).toBe(201);
    const drafts = (await created.json()) as { id: string; name: string; kind: string; parentId: null };
    expect(drafts).toMatchObject({ kind: 'folder', name: 'Drafts', parentId: null, projectId: t.projectId });
    await problemOf(await call('DELETE', `/v1/folders/${drafts.id}`, { cookie: t.contributor.cookie }), 403);
    const gone = await call('DELETE', `/v1/folders/${drafts.id}`, { cookie: t.manager.cookie });
    expect(gone.status).toBe(200);
    expect(await gone.json()).toMatchObject({
      id: drafts.id,
      name: 'Drafts',
      folders: 0,
      assets: 0,
      bytes: 0,
    });
  });
});

describe('a session changing things', () => {
  it('needs the Origin of the app (403 without it or with another)', async () => {
    for (const origin of [null, 'https://evil.example', `${roster.url}.evil.example`, 'null']) {
      const res = await call('POST', `/v1/projects/${t.projectId}/folders`, {
        cookie: t.manager.cookie,
        body: { name: 'Forged' },
        origin,
      });
      expect((await problemOf(res, 403)).reason).toBe('CSRF_ORIGIN_MISMATCH');
    }
    // Reads need none (a download link, an <a href>).
    expect(
      (await call('GET', `/v1/assets/${assetId}`, { cookie: t.manager.cookie, origin: null })).status,
    ).toBe(200);
  });
});

describe('problems', () => {
  it('an unknown route under /v1 is a 404 problem, whatever the method', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE'])
      expect(
        (await problemOf(await call(method, '/v1/nope/here', { cookie: t.manager.cookie }), 404)).reason,
      ).toBe('NOT_FOUND');
    await problemOf(await call('PUT', `/v1/assets/${assetId}`, { cookie: t.manager.cookie }), 404);
  });

  it('bad ids and bodies answer 400 with a message per field', async () => {
    const badId = await problemOf(
      await call('GET', '/v1/assets/not-an-id', { cookie: t.manager.cookie }),
      400,
    );
    expect(badId.fieldErrors).toEqual({ assetId: 'Not a valid asset id.' });
    const badName = await problemOf(
      await call('POST', `/v1/projects/${t.projectId}/folders`, {
        cookie: t.manager.cookie,
        body: { name: 'a/b' },
      }),
      400,
    );
    expect(badName).toMatchObject({ reason: 'INVALID_INPUT', fieldErrors: { name: expect.any(String) } });
    const unknownField = await problemOf(
      await call('PATCH', `/v1/folders/${folderId}`, {
        cookie: t.manager.cookie,
        body: { name: 'x', owner: 1 },
      }),
      400,
    );
    expect(unknownField.reason).toBe('INVALID_INPUT');
    const badJson = await call('PATCH', `/v1/folders/${folderId}`, {
      cookie: t.manager.cookie,
      headers: { 'content-type': 'application/json' },
    });
    await problemOf(badJson, 400);
  });

  it('a name taken among the siblings is a 409 with its reason', async () => {
    const twice = await call('POST', `/v1/projects/${t.projectId}/folders`, {
      cookie: t.manager.cookie,
      body: { name: 'PLANS' },
    });
    expect((await problemOf(twice, 409)).reason).toBe('NAME_TAKEN');
    const renamed = await call('POST', `/v1/projects/${t.projectId}/folders`, {
      cookie: t.manager.cookie,
      body: { name: 'plans', onConflict: 'rename' },
    });
    expect(renamed.status).toBe(201);
    expect(((await renamed.json()) as { name: string }).name).toBe('plans (1)');
  });
});

describe('lists', () => {
  it('GET /v1/projects lists what the caller sees in ?orgId=', async () => {
    const res = await call('GET', `/v1/projects?orgId=${t.orgId}`, { cookie: t.viewer.cookie });
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      items: { id: string; name: string; role: string }[];
      nextCursor: null;
    };
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((p) => p.name)).toEqual(['Library', 'Shelf']);
    expect(page.items[1]).toMatchObject({ id: t.projectId, role: 'viewer' });
    await problemOf(await call('GET', '/v1/projects', { cookie: t.viewer.cookie }), 400);
  });

  it('pages follow the Link header to the end, each item once', async () => {
    const made = await call('POST', `/v1/projects/${t.projectId}/folders`, {
      cookie: t.manager.cookie,
      body: { name: 'Paged' },
    });
    const paged = ((await made.json()) as { id: string }).id;
    const names = Array.from({ length: 7 }, (_, i) => `f${i}`);
    for (const name of names)
      await call('POST', `/v1/projects/${t.projectId}/folders`, {
        cookie: t.contributor.cookie,
        body: { name, parentId: paged },
      });
    let next: string | null = `/v1/projects/${t.projectId}/items?folderId=${paged}&limit=3`;
    const seen: string[] = [];
    let pages = 0;
    while (next) {
      const res = await call('GET', next, { cookie: t.viewer.cookie });
      expect(res.status).toBe(200);
      const page = (await res.json()) as {
        items: { name: string }[];
        nextCursor: string | null;
        role: string;
      };
      expect(page.role).toBe('viewer');
      seen.push(...page.items.map((i) => i.name));
      const link = res.headers.get('link');
      if (page.nextCursor) {
        expect(link).toMatch(/^<\/v1\/projects\/[^>]+>; rel="next"$/);
        next = /^<([^>]+)>/.exec(link!)![1]!;
        expect(new URL(next, roster.url).searchParams.get('cursor')).toBe(page.nextCursor);
        expect(new URL(next, roster.url).searchParams.get('limit')).toBe('3');
      } else {
        expect(link).toBeNull();
        next = null;
      }
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(names);
  });

  it('a bad listing query answers 400, never 500', async () => {
    for (const query of [
      'limit=0',
      'limit=201',
      'limit=abc',
      'sort=colour',
      'order=up',
      'folderId=nope',
      'limit=1&limit=2',
    ])
      await problemOf(
        await call('GET', `/v1/projects/${t.projectId}/items?${query}`, { cookie: t.viewer.cookie }),
        400,
      );
    const res = await call('GET', `/v1/projects/${t.projectId}/items?cursor=garbage`, {
      cookie: t.viewer.cookie,
    });
    expect(res.status).toBeLessThan(500);
  });
});

describe('changes', () => {
  it('renames and moves an asset, then deletes it (204; its bytes no longer served)', async () => {
    const asset = await restUpload(
      roster,
      { userId: t.contributor.userId, orgId: t.orgId },
      { projectId: t.projectId, name: 'draft.txt', bytes: Buffer.from('draft') },
    );
    const made = await call('POST', `/v1/projects/${t.projectId}/folders`, {
      cookie: t.contributor.cookie,
      body: { name: 'Archive' },
    });
    const archive = ((await made.json()) as { id: string }).id;
    const moved = await call('PATCH', `/v1/assets/${asset.id}`, {
      cookie: t.contributor.cookie,
      body: { name: 'final.txt', folderId: archive },
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ id: asset.id, name: 'final.txt', folderId: archive, size: 5 });
    const found = await call('GET', `/v1/projects/${t.projectId}/items?search=FINAL`, {
      cookie: t.viewer.cookie,
    });
    const page = (await found.json()) as { items: { id: string }[]; folder: null };
    expect(page.folder).toBeNull();
    expect(page.items.map((i) => i.id)).toEqual([asset.id]);
    expect((await call('DELETE', `/v1/assets/${asset.id}`, { cookie: t.contributor.cookie })).status).toBe(
      204,
    );
    await problemOf(await call('GET', `/v1/assets/${asset.id}/content`, { cookie: t.viewer.cookie }), 404);
  });

  it('moves a folder and refuses a move into its own subfolder', async () => {
    const make = async (name: string, parentId: string | null = null) => {
      const res = await call('POST', `/v1/projects/${t.projectId}/folders`, {
        cookie: t.contributor.cookie,
        body: { name, parentId },
      });
      return ((await res.json()) as { id: string }).id;
    };
    const outer = await make('Outer');
    const inner = await make('Inner', outer);
    const loop = await call('PATCH', `/v1/folders/${outer}`, {
      cookie: t.contributor.cookie,
      body: { parentId: inner },
    });
    expect((await problemOf(loop, 400)).reason).toBe('FOLDER_MOVE_INTO_ITSELF');
    const out = await call('PATCH', `/v1/folders/${inner}`, {
      cookie: t.contributor.cookie,
      body: { parentId: null },
    });
    expect(out.status).toBe(200);
    expect(await out.json()).toMatchObject({ id: inner, parentId: null, name: 'Inner' });
  });
});
