// /v1 over real HTTP: problem+json answers to bad requests, cursor pages with their Link header,
// and changes to folders and assets (PRODUCT §6).
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  problemOf,
  restClient,
  restPlans,
  restTeam,
  restUpload,
  type RestClient,
  type RestTeam,
} from './rest-fixtures.js';

let roster: RunningRoster;
let call: RestClient;
let t: RestTeam;
let folderId: string;
let assetId: string;

beforeAll(async () => {
  roster = await startRoster({ worker: false });
  call = restClient(roster);
  t = await restTeam(roster);
  ({ folderId, assetId } = await restPlans(roster, call, t));
}, 60_000);
afterAll(async () => {
  await roster?.stop();
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
    expect(badId.errors).toEqual([{ path: 'assetId', message: 'Not a valid asset id.' }]);
    const badName = await problemOf(
      await call('POST', `/v1/projects/${t.projectId}/folders`, {
        cookie: t.manager.cookie,
        body: { name: 'a/b' },
      }),
      400,
    );
    expect(badName).toMatchObject({
      reason: 'INVALID_INPUT',
      errors: [{ path: 'name', message: expect.any(String) }],
    });
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
