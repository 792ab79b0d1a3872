// A burst of `invitation.create` in one organization: `clients` loops, each inviting one new
// address per request, as fast as the API answers, until stopped.
import { randomBytes } from 'node:crypto';
import type { Server } from './servers.js';

export interface BurstFigures {
  requests: number;
  invitedPerSecond: number;
  /** Answers other than 200, by status (429 is the organization's hourly email limit). */
  refused: Record<string, number>;
  serverErrors: number;
}

export function startBurst(api: Server, admin: { cookie: string; orgId: string }, clients: number) {
  const domain = `burst-${randomBytes(3).toString('hex')}.example.com`;
  const refused: Record<string, number> = {};
  let requests = 0;
  let invited = 0;
  let next = 0;
  let stopped = false;
  const started = performance.now();

  async function client() {
    while (!stopped) {
      const input = { orgId: admin.orgId, emails: [`invitee-${++next}@${domain}`], role: 'member' };
      const res = await fetch(`${api.url}/trpc/invitation.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: api.url, cookie: admin.cookie },
        body: JSON.stringify(input),
      });
      const text = await res.text();
      requests += 1;
      if (res.status === 200) invited += 1;
      else refused[res.status] = (refused[res.status] ?? 0) + 1;
      // A well-behaved client waits as long as the API says (the organization's rate, its hourly emails).
      if (res.status === 429) await new Promise((resolve) => setTimeout(resolve, retryAfterMs(text)));
      if (res.status >= 500) console.error(`bench: invitation.create answered ${res.status}: ${text}`);
    }
  }
  const loops = Array.from({ length: clients }, client);

  return {
    /** Stops sending, waits for the answers still owed, and returns what the burst did. */
    async stop(): Promise<BurstFigures> {
      stopped = true;
      const seconds = (performance.now() - started) / 1000;
      await Promise.all(loops);
      const serverErrors = Object.entries(refused)
        .filter(([status]) => Number(status) >= 500)
        .reduce((n, [, count]) => n + count, 0);
      return { requests, invitedPerSecond: Number((invited / seconds).toFixed(1)), refused, serverErrors };
    },
  };
}

/** The wait a 429 asks for (tRPC's `error.data.retryAfterSeconds`), or a second. */
function retryAfterMs(body: string): number {
  try {
    const seconds = (JSON.parse(body) as { error?: { data?: { retryAfterSeconds?: number } } }).error?.data
      ?.retryAfterSeconds;
    return (seconds ?? 1) * 1000;
  } catch {
    return 1000;
  }
}
