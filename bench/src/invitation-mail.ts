// Waiting for the invitation emails and checking them: one per invitee, each with its own link.
import { forkEm, type createOrm } from '@roster/db';
import { tokenInLink } from '@roster/testing/mail-links';
import type { SmtpInbox } from '@roster/testing/smtp-inbox';
import type { DeliveryFigures } from './summary.js';

/** Polls `check` every 25 ms until it returns a value; fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined,
  timeoutMs: number,
  progress?: () => string,
) {
  const deadline = Date.now() + timeoutMs;
  let nextReport = Date.now() + 5000;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    if (progress && Date.now() > nextReport) {
      console.log(`bench: ${progress()}`);
      nextReport += 5000;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** When each invitee's first email arrived, updated from the inbox as messages come in. */
export function arrivals(inbox: SmtpInbox, invitees: Set<string>) {
  const first = new Map<string, number>();
  let read = 0;
  return () => {
    for (; read < inbox.messages.length; read++) {
      const message = inbox.messages[read]!;
      for (const to of message.envelopeTo) {
        if (invitees.has(to) && !first.has(to)) first.set(to, message.receivedAt);
      }
    }
    return first;
  };
}

type Orm = Awaited<ReturnType<typeof createOrm>>;

/**
 * Waits until the worker has recorded every invitation email as sent (so that no job is left to
 * send a second copy), then 2 s more for a stray message; returns the deliveries by status.
 */
export async function settle(orm: Orm, count: number): Promise<Record<string, number>> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const rows = await forkEm(orm)
      .getConnection()
      .execute<{ status: string; n: string; retried: string }[]>(
        `select status, count(*) as n, count(*) filter (where attempts > 1) as retried
           from email_deliveries where template = 'invitation' group by status`,
      );
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    if (byStatus.sent === count || Date.now() > deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const retried = rows.reduce((sum, r) => sum + Number(r.retried), 0);
      return { ...byStatus, retried };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The figures; throws, after printing them, when an invitee got no email, or more than one. */
export function check(
  inbox: SmtpInbox,
  invitees: Set<string>,
  adminEmail: string,
  start: number,
  created: number,
  lastAt: number,
): Omit<DeliveryFigures, 'apiMsPerInvitation' | 'workerMsPerEmail'> {
  const perRecipient = new Map<string, number>();
  const tokens = new Set<string>();
  let strays = 0;
  let toInvitees = 0;
  let withoutLink = 0;
  for (const message of inbox.messages) {
    const inviteToken = tokenInLink(message.text);
    for (const to of message.envelopeTo) {
      if (to === adminEmail) continue;
      if (!invitees.has(to)) strays++;
      else {
        perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
        toInvitees++;
        if (inviteToken) tokens.add(inviteToken);
        else withoutLink++;
      }
    }
  }
  const duplicates = toInvitees - perRecipient.size;
  const totalSeconds = (lastAt - start) / 1000;
  const figures = {
    invitations: invitees.size,
    totalSeconds,
    creationSeconds: (created - start) / 1000,
    emailsPerSecond: invitees.size / totalSeconds,
    distinctRecipients: perRecipient.size,
    duplicates,
  };
  const problems = [
    duplicates && `${duplicates} duplicate emails`,
    perRecipient.size !== invitees.size && `${perRecipient.size} distinct recipients, not ${invitees.size}`,
    strays && `${strays} emails to addresses nobody invited`,
    withoutLink && `${withoutLink} emails without an /invite/ link`,
    tokens.size !== toInvitees - withoutLink &&
      `${tokens.size} distinct links in ${toInvitees - withoutLink} emails`,
  ].filter(Boolean);
  if (problems.length) {
    console.error(`bench: figures ${JSON.stringify(figures)}`);
    throw new Error(`invitation emails are wrong: ${problems.join('; ')}`);
  }
  return figures;
}
