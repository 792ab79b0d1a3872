// Statistics tests: a Roster with an organization whose uploads and downloads go through real /v1
// requests, rolled up by the usage rollup, and tRPC calls over HTTP with a session cookie.
import { recomputeStats } from '@roster/core';
import { forkEm } from '@roster/db';
import type { RunningRoster } from '@roster/testing/roster';
import { rollupUsageNow } from '@roster/testing/usage';

/** A tRPC query over HTTP as the web app makes it: `{ status, data }` or `{ status, code }`. */
export async function trpcQuery(roster: RunningRoster, cookie: string, path: string, input: unknown) {
  const res = await fetch(`${roster.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
    headers: { cookie, origin: roster.url },
  });
  const body = (await res.json()) as {
    result?: { data: unknown };
    error?: { data?: { code?: string; reason?: string } };
  };
  return { status: res.status, data: body.result?.data, code: body.error?.data?.code };
}

/** The organization's activity totals in activity_daily (uploads, downloads, bytes). */
export async function activityTotals(roster: RunningRoster, orgId: string) {
  const [row] = await forkEm(roster.db.orm).execute<Record<string, unknown>[]>(
    `select sum(uploads) as u, sum(downloads) as d, sum(bytes_uploaded) as bu, sum(bytes_downloaded) as bd
       from activity_daily where organization_id = ?`,
    [orgId],
  );
  return [row?.u, row?.d, row?.bu, row?.bd].map((v) => Number(v ?? 0));
}

/**
 * Rolls usage up until the organization's activity reaches `uploads` and `downloads` (the meter
 * counts a request once its answer has gone, a moment after the client has it), then recomputes
 * the organization's statistics as the worker's job would.
 */
export async function settle(roster: RunningRoster, orgId: string, uploads: number, downloads: number) {
  for (let i = 0; i < 200; i++) {
    await rollupUsageNow(roster);
    const [u, d] = await activityTotals(roster, orgId);
    if (u! >= uploads && d! >= downloads) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return recomputeStats(forkEm(roster.db.orm), orgId);
}
