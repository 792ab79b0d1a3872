import type { UsageHit, UsageMeter } from '@roster/core';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import { countBytesIn } from './byte-count.js';
import { emptyUsage, type RequestUsage } from './request-usage.js';
import { takesUploadBody } from './uploads/expect-continue.js';

/**
 * What a finished request used, as the meter counts it: a call when an API key made it (unless a
 * rate or usage limit refused it), the bytes moved, and for the statistics the uploads and
 * downloads of the person (or key) in the project. Null when there is nothing to count or no
 * organization to count it for (a request refused before it named one).
 */
export function hitOf(usage: RequestUsage, at: Date): UsageHit | null {
  if (!usage.orgId) return null;
  const apiCalls = usage.apiKeyId && !usage.limited ? 1 : 0;
  const active = usage.uploads > 0 || usage.downloads > 0;
  if (apiCalls === 0 && usage.bytesIn === 0 && usage.bytesOut === 0 && !active) return null;
  const hit: UsageHit = {
    orgId: usage.orgId,
    projectId: usage.projectId,
    apiKeyId: usage.apiKeyId,
    apiCalls,
    bytesIn: usage.bytesIn,
    bytesOut: usage.bytesOut,
    at,
  };
  // The statistics (§8): who uploaded or downloaded in which project, rolled up with the usage.
  if (usage.projectId && (active || usage.bytesOut > 0))
    hit.activity = {
      userId: usage.apiKeyId ? null : usage.userId,
      uploads: usage.uploads,
      downloads: usage.downloads,
      bytesUploaded: usage.bytesUploaded,
      bytesDownloaded: usage.bytesOut,
    };
  return hit;
}

/**
 * Hands finished requests to the meter without anyone waiting on it. While Redis fails, the
 * counts are lost (the response went out long ago): that is said once when it starts, and once
 * when it works again with how many requests went uncounted, never a line per request.
 */
export class UsageRecorder {
  private failing = false;
  private lost = 0;

  constructor(
    private readonly meter: Pick<UsageMeter, 'record'>,
    private readonly log: FastifyBaseLogger,
  ) {}

  record(usage: RequestUsage, at = new Date()): void {
    const hit = hitOf(usage, at);
    if (!hit) return;
    this.meter.record(hit).then(
      () => this.succeeded(),
      (error: unknown) => this.failed(error),
    );
  }

  private succeeded(): void {
    if (!this.failing) return;
    this.failing = false;
    this.log.warn({ lostRequests: this.lost }, 'usage metering works again');
    this.lost = 0;
  }

  private failed(error: unknown): void {
    this.lost++;
    if (this.failing) return;
    this.failing = true;
    this.log.error({ err: error }, 'usage metering failed: usage is not counted until Redis answers');
  }
}

/** Statistics (§8): the request created an asset of `size` bytes (a raw upload, a tus completion). */
export function countUpload(usage: RequestUsage, size: number): void {
  usage.uploads += 1;
  usage.bytesUploaded += size;
}

/** Requests whose response closed before they knew their organization (see attributeUsage). */
const unattributed = new WeakMap<RequestUsage, () => void>();

/**
 * Whose bytes these are: the organization and project of the file moved, set where it is moved.
 * A client may be gone before that (an upload's body sent whole and the connection closed while
 * the caller was still being checked): the usage is recorded then, once it has an organization.
 */
export function attributeUsage(req: FastifyRequest, orgId: string, projectId: string): void {
  req.usage.orgId = orgId;
  req.usage.projectId = projectId;
  const record = unattributed.get(req.usage);
  if (!record) return;
  unattributed.delete(req.usage);
  record();
}

/**
 * Usage metering of /v1 (PRODUCT.md §7). Every request starts with an empty `req.usage` that the
 * request fills in as it learns things (the key, the organization, the project, the bytes moved);
 * upload bodies are counted as they arrive, download bodies where they are sent
 * (rest/download/**). When the response is over — finished, cut short, or answered by @tus/server
 * on a hijacked reply — the usage goes to the meter: one pipelined Redis round trip, after the
 * response, never delaying or failing it. Call once in the /v1 plugin, before its routes. Without a
 * meter (`pnpm bench metering`'s unmetered runs) only `req.usage` is set up.
 */
export function meterUsage(app: FastifyInstance, deps: { meter?: Pick<UsageMeter, 'record'> | null }): void {
  app.decorateRequest('usage', null as unknown as RequestUsage);
  const meter = deps.meter;
  const recorder = meter ? new UsageRecorder(meter, app.log) : null;
  app.addHook('onRequest', (req, reply, done) => {
    const usage = emptyUsage();
    req.usage = usage;
    if (recorder) {
      if (takesUploadBody(req.raw)) countBytesIn(req.raw, usage);
      // 'close' comes after 'finish', and also when the client went away first.
      reply.raw.once('close', () => {
        if (usage.orgId) recorder.record(usage);
        else unattributed.set(usage, () => recorder.record(usage));
      });
    }
    done();
  });
}
