import type { S3rverContext } from './s3rver-types.js';

/**
 * ListObjectsV2 for s3rver 3.7 without a delimiter. s3rver encrypts its continuation tokens with DES,
 * which OpenSSL 3 (Node ≥ 17) no longer offers: every truncated page fails with InternalError. This
 * answers from s3rver's own store, with the last key (base64url) as the token. Returns false when the
 * request is not one it handles (s3rver answers it).
 */
export async function listObjectsV2(ctx: S3rverContext, bucket: string): Promise<boolean> {
  const query = ctx.query;
  if (query['list-type'] !== '2' || query.delimiter) return false;
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  const token = text('continuation-token');
  const startAfter =
    token !== undefined ? Buffer.from(token, 'base64url').toString('utf8') : (text('start-after') ?? '');
  const maxKeys = Math.min(1000, Number(text('max-keys') ?? 1000));
  if (!Number.isInteger(maxKeys) || maxKeys < 1) return false;
  const prefix = text('prefix') ?? '';
  const result = await ctx.store.listObjects(bucket, { prefix, startAfter, maxKeys });
  const last = result.objects.at(-1);
  const contents = result.objects.map(
    (o) =>
      `<Contents><Key>${escapeXml(o.key)}</Key><LastModified>${o.lastModifiedDate.toISOString()}</LastModified>` +
      `<ETag>${escapeXml(String(o.metadata.etag ?? ''))}</ETag><Size>${o.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
  );
  const next =
    result.isTruncated && last
      ? `<NextContinuationToken>${Buffer.from(last.key).toString('base64url')}</NextContinuationToken>`
      : '';
  ctx.status = 200;
  ctx.type = 'application/xml';
  ctx.body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>${escapeXml(bucket)}</Name>` +
    `<Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${result.objects.length}</KeyCount><MaxKeys>${maxKeys}</MaxKeys>` +
    `<IsTruncated>${result.isTruncated}</IsTruncated>${next}${contents.join('')}</ListBucketResult>`;
  return true;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
