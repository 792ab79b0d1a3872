// HTTP for the fuzz test, with full control over the request line, headers and body, and the
// contract every answer must keep: below 500 and, when it is an error, tRPC-shaped JSON.
import { request } from 'node:http';

export interface Req {
  method: string;
  /** Already percent-encoded as it goes on the request line. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}
export interface Res {
  status: number;
  text: string;
  setCookie: string[];
  headers: Record<string, string | string[] | undefined>;
}

export interface Http {
  send(req: Req): Promise<Res>;
  /** Sends, then throws with the request, the answer and the server's log when the contract breaks. */
  expectWellFormed(req: Req, batch?: boolean): Promise<Res>;
}

/** Percent-encodes everything outside what a request line may carry unescaped. */
export const encodeQuery = (value: string) => encodeURIComponent(value);

/** Why an answer breaks the contract, or null when it keeps it. */
export function problemWith(res: Res, batch: boolean): string | null {
  if (res.status >= 500) return `status ${res.status}`;
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    return `status ${res.status} with a body that is not JSON`;
  }
  const items: unknown[] = Array.isArray(body) ? body : [body];
  if (Array.isArray(body) && !batch) return 'an array answered a request that was not a batch';
  for (const item of items) {
    const entry = item as {
      result?: unknown;
      error?: { message?: unknown; data?: { code?: unknown; httpStatus?: unknown } };
    } | null;
    if (entry && typeof entry === 'object' && 'result' in entry && res.status < 400) continue;
    if (typeof entry?.error?.data?.code !== 'string')
      return `status ${res.status}: an error that is not tRPC-shaped (no error.data.code)`;
    if (typeof entry.error.message !== 'string') return 'a tRPC error without a message';
    if (typeof entry.error.data.httpStatus === 'number' && entry.error.data.httpStatus >= 500)
      return `a batch item answered ${entry.error.data.httpStatus}`;
  }
  return null;
}

/** Requests to the server on this port; `serverLog` is what it logged, to explain a 500. */
export function httpTo(port: number, serverLog: string[]): Http {
  function send(req: Req): Promise<Res> {
    const headers =
      req.body === undefined
        ? req.headers
        : { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) };
    return new Promise((resolve, reject) => {
      const r = request(
        // A connection per request: one that the server closes (e.g. after 431) cannot spoil the next.
        { host: '127.0.0.1', port, agent: false, method: req.method, path: req.path, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              setCookie: res.headers['set-cookie'] ?? [],
              headers: res.headers,
            }),
          );
          res.on('error', reject);
        },
      );
      r.on('error', reject);
      r.end(req.body);
    });
  }

  async function expectWellFormed(req: Req, batch = false): Promise<Res> {
    const logged = serverLog.length;
    const res = await send(req);
    const problem = problemWith(res, batch);
    if (problem) {
      const body = req.body === undefined ? '' : String(req.body);
      throw new Error(
        [
          problem,
          `request: ${req.method} ${req.path.slice(0, 500)}`,
          `headers: ${JSON.stringify(req.headers).slice(0, 500)}`,
          `body: ${JSON.stringify(body.slice(0, 500))}${body.length > 500 ? ` (${body.length} chars)` : ''}`,
          `answer: ${res.text.slice(0, 500)}`,
          `server log: ${serverLog.slice(logged).join('').slice(0, 2000) || '(nothing)'}`,
        ].join('\n'),
      );
    }
    return res;
  }

  return { send, expectWellFormed };
}
