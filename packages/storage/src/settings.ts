import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorageSettings } from './types.js';

const s3Params = new Set(['endpoint', 'region', 'forcePathStyle']);
const bucketPattern = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Reads STORAGE_URL: unset or empty → the directory `${dataDir}/storage`; `file:///abs/dir` → that
 * directory; `s3://bucket?endpoint=…&region=…&forcePathStyle=true` (credentials from `user:password`,
 * else the AWS SDK's default chain; region defaults to us-east-1). A string result is the error, one line.
 */
export function parseStorageUrl(url: string | undefined, dataDir: string): StorageSettings | string {
  const text = url?.trim() ?? '';
  if (text === '') return { kind: 'local', directory: join(resolve(dataDir), 'storage') };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return `STORAGE_URL is not a URL: expected file:///absolute/dir or s3://bucket?region=…`;
  }
  if (parsed.protocol === 'file:') return parseFileUrl(parsed);
  if (parsed.protocol === 's3:') return parseS3Url(parsed);
  return `STORAGE_URL has the unsupported scheme '${parsed.protocol}': use file:///absolute/dir or s3://bucket?region=…`;
}

function parseFileUrl(url: URL): StorageSettings | string {
  if (url.host !== '' && url.host !== 'localhost')
    return `STORAGE_URL file URL names the host '${url.host}': use file:///absolute/dir (three slashes)`;
  if (url.search !== '') return `STORAGE_URL file URL takes no query ('${url.search}')`;
  const directory = fileURLToPath(url);
  if (!isAbsolute(directory) || directory === '/')
    return `STORAGE_URL file URL must name an absolute directory other than /, e.g. file:///var/lib/roster/storage`;
  return { kind: 'local', directory: directory.replace(/\/+$/, '') };
}

function parseS3Url(url: URL): StorageSettings | string {
  const bucket = url.hostname;
  if (!bucketPattern.test(bucket) || bucket.includes('..'))
    return `STORAGE_URL names the bucket '${bucket}': a bucket name is 3–63 lowercase letters, digits, dots and hyphens`;
  if (url.port !== '')
    return `STORAGE_URL s3 URL has a port: put the server in ?endpoint=http://host:port and the bucket as the host`;
  if (url.pathname !== '' && url.pathname !== '/')
    return `STORAGE_URL s3 URL has a path ('${url.pathname}'): only s3://bucket?… is supported`;
  for (const name of url.searchParams.keys())
    if (!s3Params.has(name))
      return `STORAGE_URL has the unknown parameter '${name}': expected endpoint, region or forcePathStyle`;
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/]+/.test(endpoint))
    return `STORAGE_URL endpoint '${endpoint}' is not an http(s) URL, e.g. endpoint=http://127.0.0.1:9000`;
  const pathStyle = url.searchParams.get('forcePathStyle') ?? 'false';
  if (!['true', 'false', '1', '0'].includes(pathStyle))
    return `STORAGE_URL forcePathStyle is '${pathStyle}': expected true or false`;
  const region = url.searchParams.get('region') || 'us-east-1';
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  if ((user === '') !== (password === ''))
    return `STORAGE_URL has ${user === '' ? 'a secret key without an access key id' : 'an access key id without a secret key'}: give both as s3://KEY:SECRET@bucket or neither`;
  return {
    kind: 's3',
    bucket,
    region,
    ...(endpoint === undefined ? {} : { endpoint }),
    forcePathStyle: pathStyle === 'true' || pathStyle === '1',
    ...(user === '' ? {} : { credentials: { accessKeyId: user, secretAccessKey: password } }),
  };
}
