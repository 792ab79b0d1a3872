import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookBody } from '@roster/core';

/** One request the receiver got. */
export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as signed. */
  body: string;
  json: WebhookBody;
}

/**
 * How a path answers the `nth` request (from 1) carrying a given event id: a status code, or
 * 'hang' (never answers).
 */
export type Behaviour = (nth: number) => number | 'hang';

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  received: ReceivedWebhook[];
  /** Requests to `path`. */
  at(path: string): ReceivedWebhook[];
  behave(path: string, behaviour: Behaviour): void;
  /** Requests received and not answered yet. */
  inFlight: Set<ReceivedWebhook>;
  close(): Promise<void>;
}

/**
 * A real HTTP receiver on 127.0.0.1 (a free port), answering 200 unless told otherwise per path,
 * each answer held `holdMs` after the request arrived.
 */
export async function startWebhookReceiver({ holdMs = 0 } = {}): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const inFlight = new Set<ReceivedWebhook>();
  const behaviours = new Map<string, Behaviour>();
  const hanging: ServerResponse[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      const json = JSON.parse(body) as WebhookBody;
      const got = { path, headers: request.headers, body, json };
      received.push(got);
      const nth = received.filter((r) => r.path === path && r.json.id === json.id).length;
      const answer = behaviours.get(path)?.(nth) ?? 200;
      if (answer === 'hang') {
        hanging.push(response);
        return;
      }
      inFlight.add(got);
      setTimeout(() => {
        inFlight.delete(got);
        if (response.destroyed) return;
        response.writeHead(answer, { 'content-type': 'text/plain' });
        response.end(answer < 300 ? 'ok' : `receiver says no (${answer}) ${'x'.repeat(500)}`);
      }, holdMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    inFlight,
    at: (path) => received.filter((r) => r.path === path),
    behave: (path, behaviour) => void behaviours.set(path, behaviour),
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
