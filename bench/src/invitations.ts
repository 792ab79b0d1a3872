// `pnpm bench invitations`: an admin of an enterprise organization (unlimited seats) invites 1,000
// people through the real API (`invitation.create`, 10 requests of 100 emails), and the real
// worker (@roster/worker's composition root, in this process through @roster/testing) mails every invitation to an SMTP server in
// this process. Measures the time from the first request to the last email, and checks that each
// invitee got exactly one email carrying a link of its own.
import { randomBytes } from 'node:crypto';
import { migrate } from '@roster/db';
import { openBenchDatabase, openOrm } from './database.js';
import type { BenchSettings } from './env.js';
import { arrivals, check, settle, waitFor } from './invitation-mail.js';
import { cpuSecondsOf } from './load.js';
import { startRoster } from './servers.js';
import { writeResult, type Outcome } from './summary.js';
import { mutate, signUpAdmin } from './trpc-client.js';
import { markEmailVerified, setPlan } from './verified.js';

const batchSize = 100;

export async function invitationsBench(settings: BenchSettings): Promise<Outcome[]> {
  const count = settings.invitations;
  const db = await openBenchDatabase(settings, 'invitations');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  await migrate(orm);
  const api = await startRoster({
    db: { orm, database: db.url },
    worker: true,
    workerConcurrency: settings.workerConcurrency,
  });
  const { inbox } = api.roster;
  const admin = await signUpAdmin(api);
  await markEmailVerified(orm, admin.email);
  await setPlan(orm, admin.orgId, 'enterprise');

  // Sign-up owes the admin a welcome email: once it is in, API, queue, worker and SMTP all work.
  await waitFor(
    'the welcome email',
    () => inbox.messages.find((m) => m.envelopeTo.includes(admin.email)),
    60_000,
  );
  console.log(`bench: worker up (concurrency ${settings.workerConcurrency}), welcome email received`);

  const domain = `invitees-${randomBytes(3).toString('hex')}.example.com`;
  const emails = Array.from({ length: count }, (_, i) => `invitee-${i + 1}@${domain}`);
  const invitees = new Set(emails);
  const firstArrivals = arrivals(inbox, invitees);

  const apiCpuBefore = cpuSecondsOf(api.pid);
  const ownCpuBefore = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < count; i += batchSize) {
    const input = { orgId: admin.orgId, emails: emails.slice(i, i + batchSize), role: 'member' };
    const { data } = await mutate(api, 'invitation.create', input, admin.cookie);
    const results = (data as { results: { email: string; status: string }[] }).results;
    const refused = results.filter((r) => r.status !== 'invited');
    if (results.length !== input.emails.length || refused.length) {
      throw new Error(
        `invitation.create: ${results.length} answers, not invited: ${JSON.stringify(refused.slice(0, 5))}`,
      );
    }
  }
  const created = performance.now();
  const apiCpuAfter = cpuSecondsOf(api.pid);
  console.log(
    `bench: ${count} invitations created in ${((created - start) / 1000).toFixed(1)} s ` +
      `(${firstArrivals().size} emails already received)`,
  );

  const lastAt = await waitFor(
    `${count} invitation emails`,
    () => {
      const first = firstArrivals();
      return first.size === count ? Math.max(...first.values()) : undefined;
    },
    settings.deliveryTimeout * 1000,
    () => `${firstArrivals().size}/${count} invitation emails received`,
  );
  const ownCpu = process.cpuUsage(ownCpuBefore);
  console.log(`bench: all ${count} invitation emails received; checking for duplicates`);
  const cpu = {
    apiMsPerInvitation:
      apiCpuBefore === null || apiCpuAfter === null ? null : ((apiCpuAfter - apiCpuBefore) * 1000) / count,
    workerMsPerEmail: (ownCpu.user + ownCpu.system) / 1000 / count,
  };

  const deliveries = await settle(orm, count);
  const figures = { ...check(inbox, invitees, admin.email, start, created, lastAt), ...cpu };
  console.log(
    `bench: ${count} invitations: ${figures.totalSeconds.toFixed(1)} s from the first request to the last ` +
      `email (creation ${figures.creationSeconds.toFixed(1)} s), ${figures.emailsPerSecond.toFixed(1)} emails/s, ` +
      `${figures.distinctRecipients} recipients, ${figures.duplicates} duplicates; deliveries ${JSON.stringify(deliveries)}`,
  );
  console.log(
    `bench: CPU: API ${cpu.apiMsPerInvitation?.toFixed(1) ?? '?'} ms per invitation created, worker (with the ` +
      `SMTP server) ${cpu.workerMsPerEmail.toFixed(1)} ms per email`,
  );
  writeResult('invitations', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    figures,
    deliveries,
  });
  return [{ kind: 'delivery', bench: 'invitations', figures }];
}
