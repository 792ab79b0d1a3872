import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeXml as escape, listObjectsV2 } from './s3rver-list.js';
import type { S3rverContext } from './s3rver-types.js';

/**
 * Koa middleware for s3rver 3.7 answering the three multipart calls it lacks — ListParts (GET
 * ?uploadId), AbortMultipartUpload (DELETE ?uploadId) and ListMultipartUploads (GET bucket?uploads) —
 * from the files s3rver keeps for an upload in progress: `<dir>/<bucket>/._S3rver_uploads/<id>/`
 * holding `key`, and each part as `<n>` with its MD5 in `<n>.md5`. Signatures are not checked here.
 * It also answers ListObjectsV2 (see s3rver-list.ts: s3rver's own fails on every truncated page).
 */
export function multipartShim(directory: string) {
  return async (ctx: S3rverContext, next: () => Promise<void>): Promise<void> => {
    const [bucket, ...rest] = ctx.path.replace(/^\//, '').split('/').map(decodeURIComponent);
    const key = rest.join('/');
    const uploadId = typeof ctx.query.uploadId === 'string' ? ctx.query.uploadId : undefined;
    if (!bucket || !/^[a-z0-9.-]+$/.test(bucket)) return next();
    const uploads = join(directory, bucket, '._S3rver_uploads');
    if (ctx.method === 'GET' && key === '' && (await listObjectsV2(ctx, bucket))) return;
    if (ctx.method === 'GET' && key === '' && 'uploads' in ctx.query)
      return reply(ctx, 200, await listUploads(uploads, bucket, ctx.query));
    if (!uploadId || key === '' || !/^[\w-]+$/.test(uploadId)) return next();
    const uploadDir = join(uploads, uploadId);
    const uploadKey = await readFile(join(uploadDir, 'key'), 'utf8').catch(() => null);
    if (ctx.method !== 'GET' && ctx.method !== 'DELETE') return next();
    if (uploadKey !== key) return reply(ctx, 404, noSuchUpload(uploadId));
    if (ctx.method === 'DELETE') {
      await rm(uploadDir, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    reply(ctx, 200, await listParts(uploadDir, bucket, key, uploadId));
  };
}

function reply(ctx: S3rverContext, status: number, xml: string): void {
  ctx.status = status;
  ctx.type = 'application/xml';
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

async function listParts(uploadDir: string, bucket: string, key: string, uploadId: string): Promise<string> {
  const numbers = (await readdir(uploadDir)).filter((name) => /^\d+$/.test(name)).map(Number);
  numbers.sort((a, b) => a - b);
  const parts = await Promise.all(
    numbers.map(async (n) => {
      const [info, md5] = await Promise.all([
        stat(join(uploadDir, String(n))),
        readFile(join(uploadDir, `${n}.md5`), 'utf8'),
      ]);
      return `<Part><PartNumber>${n}</PartNumber><LastModified>${info.mtime.toISOString()}</LastModified><ETag>"${md5.trim()}"</ETag><Size>${info.size}</Size></Part>`;
    }),
  );
  return (
    `<ListPartsResult><Bucket>${escape(bucket)}</Bucket><Key>${escape(key)}</Key><UploadId>${uploadId}</UploadId>` +
    `<MaxParts>10000</MaxParts><IsTruncated>false</IsTruncated>${parts.join('')}</ListPartsResult>`
  );
}

async function listUploads(uploads: string, bucket: string, query: S3rverContext['query']): Promise<string> {
  const prefix = typeof query.prefix === 'string' ? query.prefix : '';
  const ids = await readdir(uploads).catch(() => [] as string[]);
  const entries: string[] = [];
  for (const id of ids) {
    const [key, info] = await Promise.all([
      readFile(join(uploads, id, 'key'), 'utf8').catch(() => null),
      stat(join(uploads, id)).catch(() => null),
    ]);
    if (key === null || info === null || !key.startsWith(prefix)) continue;
    entries.push(
      `<Upload><Key>${escape(key)}</Key><UploadId>${id}</UploadId><Initiated>${info.birthtime.toISOString()}</Initiated></Upload>`,
    );
  }
  return (
    `<ListMultipartUploadsResult><Bucket>${escape(bucket)}</Bucket><Prefix>${escape(prefix)}</Prefix>` +
    `<MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated>${entries.join('')}</ListMultipartUploadsResult>`
  );
}

function noSuchUpload(uploadId: string): string {
  return `<Error><Code>NoSuchUpload</Code><Message>The specified multipart upload does not exist.</Message><UploadId>${uploadId}</UploadId></Error>`;
}
