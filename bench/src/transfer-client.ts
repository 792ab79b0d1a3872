// The client side of content-transfer: a generated body streamed up with node:http (no buffering),
// a download drained and counted, and the server's resident memory sampled from /proc meanwhile.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const MiB = 1024 * 1024;

/** `mib` MiB made of one random MiB repeated, and its SHA-256 (what the server must report). */
export function transferBody(pattern: Buffer, mib: number) {
  const hash = createHash('sha256');
  for (let i = 0; i < mib; i++) hash.update(pattern);
  return {
    size: mib * MiB,
    sha256: hash.digest('hex'),
    stream: () =>
      Readable.from(
        (function* () {
          for (let i = 0; i < mib; i++) yield pattern;
        })(),
      ),
  };
}

async function textOf(res: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface Timed<T> {
  seconds: number;
  value: T;
}

/** POSTs `body` (`size` bytes) to `url`; resolves with the JSON answer once the server answered 2xx. */
export async function upload(
  url: string,
  headers: Record<string, string>,
  body: Readable,
  size: number,
): Promise<Timed<unknown>> {
  const started = performance.now();
  const req = request(url, {
    method: 'POST',
    agent: false,
    headers: { ...headers, 'content-type': 'application/octet-stream', 'content-length': String(size) },
  });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    req.once('response', resolve);
    req.once('error', reject);
  });
  const sent = pipeline(body, req).catch((error: unknown) => error);
  const res = await answered;
  const text = await textOf(res);
  const seconds = (performance.now() - started) / 1000;
  const sendError = await sent;
  if (res.statusCode === undefined || res.statusCode >= 300)
    throw new Error(`POST ${url} answered ${res.statusCode}: ${text.slice(0, 500)}`);
  if (sendError) throw sendError as Error;
  return { seconds, value: JSON.parse(text) as unknown };
}

/** GETs `url` and drains the body; resolves with the number of bytes received. */
export async function download(url: string, headers: Record<string, string>): Promise<Timed<number>> {
  const started = performance.now();
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    request(url, { agent: false, headers }, resolve).once('error', reject).end();
  });
  if (res.statusCode !== 200)
    throw new Error(`GET ${url} answered ${res.statusCode}: ${(await textOf(res)).slice(0, 500)}`);
  let bytes = 0;
  for await (const chunk of res) bytes += (chunk as Buffer).length;
  return { seconds: (performance.now() - started) / 1000, value: bytes };
}

/** The resident set size of a process in MiB (VmRSS), or null where /proc is missing. */
export function rssMiB(pid: number | undefined): number | null {
  try {
    const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every 20 ms until `stop()`, which returns the highest seen (MiB). */
export function sampleRss(pid: number | undefined): { stop(): number | null } {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    const now = rssMiB(pid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      const now = rssMiB(pid);
      return now !== null && peak !== null ? Math.max(peak, now) : peak;
    },
  };
}
