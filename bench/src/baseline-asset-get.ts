// The baseline of api-key-read: the least a server can do to answer `GET /v1/assets/:id` with an
// API key as Roster does. Per request: the Bearer key's shape and CRC32 checksum (no database
// read for a typo), its SHA-256, the key row with its organization and projects from an
// in-process cache (30 s, as the API's), refused when revoked, expired, without `content:read` or
// not for the asset's project; then one query for the asset (its uploader's name, an active
// project) and the same JSON as Roster's AssetDto.
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { crc32 } from 'node:zlib';
import type pg from 'pg';
import { send, uuid } from './baseline-common.js';

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const keyShape = /^rst_[0-9A-Za-z]{38}$/;
const cacheMs = 30_000;

function wellFormed(secret: string): boolean {
  if (!keyShape.test(secret)) return false;
  let value = crc32(secret.slice(0, 36));
  let checksum = '';
  while (value > 0) {
    checksum = base62[value % 62] + checksum;
    value = Math.floor(value / 62);
  }
  return secret.slice(36) === checksum.padStart(6, '0');
}

interface KeyRow {
  id: string;
  org_id: string;
  scopes: string[];
  all_projects: boolean;
  expires_at: Date | null;
  revoked_at: Date | null;
  project_ids: string | null;
}

const cache = new Map<string, { row: KeyRow | null; until: number }>();

async function keyOf(pool: pg.Pool, secret: string): Promise<KeyRow | null> {
  const hash = createHash('sha256').update(secret).digest('hex');
  const cached = cache.get(hash);
  if (cached && cached.until > Date.now()) return cached.row;
  const { rows } = await pool.query<KeyRow>(
    `select k.id, k.organization_id as org_id, k.scopes, k.all_projects, k.expires_at, k.revoked_at,
            (select string_agg(cast(kp.project_id as text), ',') from api_key_projects kp where kp.api_key_id = k.id) as project_ids
       from api_keys k join organizations o on o.id = k.organization_id
      where k.secret_hash = $1`,
    [hash],
  );
  const row = rows[0] ?? null;
  cache.set(hash, { row, until: Date.now() + cacheMs });
  return row;
}

interface AssetRow {
  id: string;
  project_id: string;
  parent_id: string | null;
  name: string;
  size: string;
  content_type: string | null;
  sha256: string | null;
  created_at: Date;
  updated_at: Date;
  created_by_id: string | null;
  created_by_name: string | null;
}

function problem(res: ServerResponse, status: number, reason: string, detail: string): void {
  send(res, status, { status, reason, detail });
}

export async function assetGet(
  pool: pg.Pool,
  url: URL,
  authorization: string | undefined,
  res: ServerResponse,
) {
  const assetId = url.pathname.slice('/v1/assets/'.length);
  const secret = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
  if (!wellFormed(secret)) return problem(res, 401, 'API_KEY_INVALID', 'This API key is not valid.');
  const key = await keyOf(pool, secret);
  if (!key) return problem(res, 401, 'API_KEY_INVALID', 'This API key is not valid.');
  if (key.revoked_at) return problem(res, 401, 'API_KEY_REVOKED', 'This API key was revoked.');
  if (key.expires_at && key.expires_at.getTime() <= Date.now())
    return problem(res, 401, 'API_KEY_EXPIRED', 'This API key has expired.');
  if (!key.scopes.includes('content:read'))
    return problem(res, 403, 'API_KEY_SCOPE_MISSING', 'This API key lacks content:read.');
  if (!uuid.test(assetId)) return problem(res, 400, 'INVALID_INPUT', 'Not a valid asset id.');
  const { rows } = await pool.query<AssetRow>(
    `select i.id, i.project_id, i.parent_id, i.name, i.size, i.content_type, i.sha256, i.created_at,
            i.updated_at, i.created_by_id, u.name as created_by_name
       from items i join projects p on p.id = i.project_id left join users u on u.id = i.created_by_id
      where i.id = $1 and i.organization_id = $2 and i.kind = 'asset' and p.archived_at is null`,
    [assetId, key.org_id],
  );
  const row = rows[0];
  const allowed = row && (key.all_projects || (key.project_ids ?? '').split(',').includes(row.project_id));
  if (!row || !allowed) return problem(res, 404, 'ITEM_NOT_FOUND', 'This file does not exist.');
  send(res, 200, {
    kind: 'asset',
    id: row.id,
    projectId: row.project_id,
    folderId: row.parent_id,
    name: row.name,
    size: Number(row.size),
    contentType: row.content_type ?? 'application/octet-stream',
    sha256: row.sha256 ?? '',
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    uploadedBy: row.created_by_id ? { id: row.created_by_id, name: row.created_by_name ?? '' } : null,
  });
}
