// The baseline of `GET /trpc/content.list?input={"orgId","projectId","folderId"}` on a folder of
// assets: ONE plain SQL query — the first page of the folder's assets by name, a row more than the
// page to know whether another follows, with the folder's name joined in — and the same JSON as
// Roster (the cursor encoded as core's). No session, membership or project check: the least a
// server can do to answer it. (The benchmark's folder has no subfolders, so "folders first" adds
// no rows; Roster still asks.)
import type { ServerResponse } from 'node:http';
import type pg from 'pg';
import { fail, inputOf, send, uuid } from './baseline-common.js';

const path = 'content.list';
const limit = 100;

interface Row {
  id: string;
  project_id: string;
  parent_id: string;
  name: string;
  name_key: string;
  size: string;
  content_type: string;
  sha256: string;
  created_at: Date;
  updated_at: Date;
  created_by_id: string | null;
  created_by_name: string | null;
  folder_name: string;
}

export async function contentList(pool: pg.Pool, url: URL, res: ServerResponse): Promise<void> {
  const input = inputOf(url);
  const projectId = input?.projectId;
  const folderId = input?.folderId;
  if (
    typeof projectId !== 'string' ||
    !uuid.test(projectId) ||
    typeof folderId !== 'string' ||
    !uuid.test(folderId)
  )
    return fail(res, path, 400, 'BAD_REQUEST', 'Invalid input.');
  const page = await pool.query<Row>(
    `select i.id, i.project_id, i.parent_id, i.name, i.name_key, i.size, i.content_type, i.sha256, i.created_at,
            i.updated_at, i.created_by_id, u.name as created_by_name, f.name as folder_name
       from items i join items f on f.id = i.parent_id left join users u on u.id = i.created_by_id
      where i.project_id = $1 and i.parent_id = $2 and i.kind = 'asset'
      order by i.name_key, i.id limit $3`,
    [projectId, folderId, limit + 1],
  );
  const rows = page.rows.slice(0, limit);
  const last = rows.at(-1);
  const nextCursor =
    page.rows.length > limit && last
      ? Buffer.from(JSON.stringify(['name', 'asc', 'asset', last.name_key, last.id])).toString('base64url')
      : null;
  send(res, 200, {
    result: {
      data: {
        items: rows.map((r) => ({
          kind: 'asset',
          id: r.id,
          projectId: r.project_id,
          folderId: r.parent_id,
          name: r.name,
          size: Number(r.size),
          contentType: r.content_type,
          sha256: r.sha256,
          createdAt: r.created_at.toISOString(),
          updatedAt: r.updated_at.toISOString(),
          uploadedBy: r.created_by_id ? { id: r.created_by_id, name: r.created_by_name ?? '' } : null,
        })),
        nextCursor,
        folder: { id: folderId, name: rows[0]?.folder_name ?? '', path: [] },
        role: 'manager',
      },
    },
  });
}
