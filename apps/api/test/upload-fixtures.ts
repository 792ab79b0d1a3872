// Uploads over real HTTP: the API built in this process and listening on 127.0.0.1, a client that
// controls every byte (lengths that lie, sockets dropped mid-body), and what the database and the
// storage hold afterwards.
import { createHash } from 'node:crypto';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { sessionCookieName } from '@roster/core';
import { Blob, Item, Organization, Project, forkEm } from '@roster/db';
import { buildServer } from '../src/server.js';
import { defaultTimeouts } from '../src/timeouts.js';
import { appOrigin, createHarness, type Harness } from './harness.js';
import { owner } from './project-fixtures.js';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface Api {
  h: Harness;
  app: Awaited<ReturnType<typeof buildServer>>;
  port: number;
  /** What the API logged at warn level or above (a 500 is logged as an error). */
  logged: { level: number; msg: string; err?: unknown }[];
  close(): Promise<void>;
}

export async function startApi(settings: { storageUrl?: string } = {}): Promise<Api> {
  const h = await createHarness(settings);
  const logged: Api['logged'] = [];
  const stream = { write: (line: string) => void logged.push(JSON.parse(line) as Api['logged'][number]) };
  const app = await buildServer(h.deps, { timeouts: defaultTimeouts, logger: { level: 'warn', stream } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return {
    h,
    app,
    port,
    logged,
    async close() {
      await app.close();
      await h.close();
    },
  };
}

/** A session cookie for `userId`, written straight to the database. */
export async function cookieOf(api: Api, userId: string): Promise<string> {
  const session = await api.h.deps.sessions.createSession(userId, {});
  return `${sessionCookieName}=${session.id}`;
}

export interface SendOptions {
  cookie?: string;
  headers?: Record<string, string | number>;
  /** The body; a Readable streams (with backpressure). */
  body?: Buffer | Readable;
  /** Origin header: the app's own by default (mutations need it). */
  origin?: string | null;
}

/** One HTTP request to the API; resolves with the answer (whatever its status). */
export function send(api: Api, method: string, path: string, options: SendOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    if (options.origin !== null) headers.origin = options.origin ?? appOrigin;
    const req = request({ host: '127.0.0.1', port: api.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode!, headers: res.headers, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    const { body } = options;
    if (body instanceof Readable) body.pipe(req);
    else req.end(body);
  });
}

/** The raw upload route's path. */
export function assetsPath(projectId: string, query: Record<string, string>): string {
  return `/v1/projects/${projectId}/assets?${new URLSearchParams(query).toString()}`;
}

/** Uploads `bytes` with the raw route; returns the answer. */
export function uploadRaw(
  api: Api,
  cookie: string,
  projectId: string,
  query: Record<string, string>,
  bytes: Buffer,
) {
  return send(api, 'POST', assetsPath(projectId, query), {
    cookie,
    body: bytes,
    headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
  });
}

/** `size` bytes of a repeating pattern, produced chunk by chunk (never all in memory) with their SHA-256. */
export function patternStream(
  size: number,
  chunkSize = 256 * 1024,
): { stream: Readable; sha256: string; sent: () => number } {
  const chunk = Buffer.alloc(chunkSize);
  for (let i = 0; i < chunkSize; i++) chunk[i] = (i * 31 + 7) & 0xff;
  const hash = createHash('sha256');
  for (let left = size; left > 0; left -= chunkSize)
    hash.update(left >= chunkSize ? chunk : chunk.subarray(0, left));
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= size) return void this.push(null);
      const n = Math.min(chunkSize, size - sent);
      sent += n;
      this.push(n === chunkSize ? chunk : chunk.subarray(0, n));
    },
  });
  return { stream, sha256: hash.digest('hex'), sent: () => sent };
}

/** What an organization holds: counted storage, blobs by state, asset rows. */
export async function holdings(api: Api, orgId: string) {
  const em = forkEm(api.h.db.orm);
  const org = await em.findOneOrFail(Organization, { id: orgId });
  const blobs = await em.find(Blob, { organization: orgId });
  const assets = await em.find(Item, { organization: orgId, kind: 'asset' });
  return {
    storageBytes: org.storageBytes,
    uploading: blobs.filter((b) => b.state === 'uploading'),
    stored: blobs.filter((b) => b.state === 'stored'),
    deleting: blobs.filter((b) => b.state === 'deleting'),
    assets,
  };
}

/** Every object key in the API's storage (tus sidecars included). */
export async function storedKeys(api: Api): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of api.h.deps.storage.list('')) keys.push(object.key);
  return keys.sort();
}

/** Sets an organization's plan and its counted storage (a quota nearly used, say). */
export async function setOrg(
  api: Api,
  orgId: string,
  values: { plan?: 'free' | 'team'; storageBytes?: number },
) {
  const em = forkEm(api.h.db.orm);
  await em.nativeUpdate(Organization, { id: orgId }, values);
}

/**
 * A request written by hand on a plain socket, for what an HTTP client would not send (a body
 * that lies about its length) or would not wait for (an answer before the body).
 */
export function openRaw(api: Api, method: string, path: string, headers: Record<string, string | number>) {
  const socket = connect({ host: '127.0.0.1', port: api.port });
  const lines = Object.entries({ host: `127.0.0.1:${api.port}`, origin: appOrigin, ...headers }).map(
    ([k, v]) => `${k}: ${v}`,
  );
  socket.write(`${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  socket.on('error', () => undefined);
  /** The first answer's status line and body, as soon as its head has arrived. */
  const firstAnswer = new Promise<{ status: number; head: string }>((resolve, reject) => {
    const onData = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      resolve({ status: Number(text.slice(9, 12)), head: text.slice(0, end) });
    };
    socket.on('data', onData);
    socket.on('close', () =>
      reject(new Error(`closed without an answer: ${Buffer.concat(chunks).toString()}`)),
    );
  });
  // Awaited only by tests that expect an answer.
  firstAnswer.catch(() => undefined);
  /** Everything the server sent until it closed the connection. */
  const closed = new Promise<string>((resolve) =>
    socket.on('close', () => resolve(Buffer.concat(chunks).toString())),
  );
  /** Resolves once what the server sent matches `pattern`. */
  const until = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const text = Buffer.concat(chunks).toString();
        if (!pattern.test(text)) return;
        socket.off('data', check);
        resolve(text);
      };
      socket.on('data', check);
      socket.once('close', () =>
        reject(new Error(`closed before ${pattern}: ${Buffer.concat(chunks).toString()}`)),
      );
      check();
    });
  return { socket, firstAnswer, closed, until };
}

/** A new organization (free plan) and its owner's cookie, and the id of its Library project. */
export async function freshOrg(api: Api, name = 'Quota Co') {
  const boss = await owner(api.h, name);
  const library = await forkEm(api.h.db.orm).findOneOrFail(Project, { organization: boss.orgId });
  return {
    orgId: boss.orgId,
    userId: boss.userId,
    cookie: await cookieOf(api, boss.userId),
    projectId: library.id,
  };
}
