import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startRoster as startTestRoster, type RunningRoster as TestRoster } from '@roster/testing/roster';
import type { SmtpInbox } from '@roster/testing/smtp-inbox';

/** The built app the journeys open: `dist/`, or WEB_DIST (a build of its own, e.g. `vite build --outDir`). */
export const webDist = process.env.WEB_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));

export interface RunningRoster {
  /** The origin the browser opens, e.g. http://127.0.0.1:41234 (also the API's CSRF origin). */
  origin: string;
  /** Where the worker delivers Roster's emails (welcome, invitations). */
  inbox: SmtpInbox;
  roster: TestRoster;
  close(): Promise<void>;
}

/**
 * Roster as in production, serving the built web app at `/`: the API and the worker in this process
 * (@roster/testing's startRoster) on a fresh database (SQLite unless TEST_DATABASE says otherwise);
 * `webhookAllowPrivate` lets webhooks reach the test's receivers on 127.0.0.1.
 */
export async function startRoster(options: { webhookAllowPrivate?: boolean } = {}): Promise<RunningRoster> {
  if (!existsSync(`${webDist}/index.html`)) {
    throw new Error(`No built web app in ${webDist}: run \`pnpm --filter @roster/web build\` first.`);
  }
  const roster = await startTestRoster({ webDist, ...options });
  return { origin: roster.url, inbox: roster.inbox, roster, close: roster.stop };
}
