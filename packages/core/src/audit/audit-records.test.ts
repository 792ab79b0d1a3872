// The audit log's writing side: a record per event in an organization, in the transaction of the
// change (rolled back with it), with the actor, target, summary and the request's IP and user agent.
import { AuditRecord, Event, Membership } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { eventNames } from '../events/contracts.js';
import { updateMemberRole } from '../memberships/service.js';
import { createOrganization } from '../organizations/create.js';
import { setOrganizationPlan } from '../organizations/operator.js';
import { transact, type Scope } from '../scope.js';
import { createAccountScope, createScope } from '../subscribers/create-scope.js';
import { em, jobs, organization, useOutbox } from '../subscribers/outbox-fixtures.js';
import { auditDescribers } from './describe.js';

useOutbox();

const client = { ip: '203.0.113.7', userAgent: `Auditor/1.0 ${'x'.repeat(600)}` };

/** The fixture's organization, its owner acting from a browser (`client`). */
async function fromBrowser(): Promise<{ scope: Scope; memberId: string }> {
  const { scope, memberId } = await organization();
  return { scope: createScope({ em: em(), jobs, org: scope.org, actor: scope.actor, client }), memberId };
}

const recordsOf = (orgId: string) =>
  em().find(AuditRecord, { organization: orgId }, { orderBy: { createdAt: 'asc' } });

describe('audit records', () => {
  it('are not written for a change that rolled back', async () => {
    const { scope, memberId } = await fromBrowser();
    await expect(
      transact(scope, async (tx) => {
        await tx.record('member.removed', { userId: memberId });
        throw new Error('fails after recording');
      }),
    ).rejects.toThrow('fails after recording');
    // A real use case, its transaction rolled back after it recorded (a later step failing).
    await expect(
      transact(scope, async (tx) => {
        await updateMemberRole(tx, { userId: memberId, role: 'admin' });
        throw new Error('a later step fails');
      }),
    ).rejects.toThrow('a later step fails');
    expect(await recordsOf(scope.org.id)).toEqual([]);
    expect(await em().count(Event, { organizationId: scope.org.id })).toBe(0);
    expect((await em().findOneOrFail(Membership, { user: memberId })).role).toBe('member');
  });

  it('are written with the event of a committed change: same id and time, actor, target, summary, client', async () => {
    const { scope, memberId } = await fromBrowser();
    await updateMemberRole(scope, { userId: memberId, role: 'admin' });
    const [record] = await recordsOf(scope.org.id);
    const event = await em().findOneOrFail(Event, { organizationId: scope.org.id });
    expect(record).toMatchObject({
      id: event.id,
      createdAt: event.createdAt,
      actorType: 'user',
      actorId: scope.actor.id,
      actorName: 'Olivia Owner',
      action: 'member.role_changed',
      targetType: 'user',
      targetId: memberId,
      targetName: 'Max Member',
      summary: { before: { role: 'member' }, after: { role: 'admin' } },
      ip: '203.0.113.7',
      userAgent: client.userAgent.slice(0, 512),
    });
  });

  it('are written for an organization created in the same transaction, as its owner', async () => {
    const { scope, memberId } = await organization();
    const person = {
      type: 'user',
      id: memberId,
      name: 'Max Member',
      email: 'x@example.com',
      emailVerified: true,
    } as const;
    const created = await createOrganization(createAccountScope({ em: em(), jobs, client, actor: person }), {
      name: 'Max Co',
    });
    expect(created.id).not.toBe(scope.org.id);
    expect(await recordsOf(created.id)).toMatchObject([
      {
        action: 'organization.created',
        actorType: 'user',
        actorId: memberId,
        targetType: 'organization',
        targetId: created.id,
        targetName: 'Max Co',
        ip: client.ip,
      },
    ]);
  });

  it('record Roster itself as the system actor', async () => {
    const { scope, memberId } = await organization();
    const system = createScope({
      em: em(),
      jobs,
      org: scope.org,
      actor: { type: 'system', id: 'operator', name: 'Roster' },
    });
    await transact(system, (tx) => tx.record('member.left', { userId: memberId }));
    expect(await recordsOf(scope.org.id)).toMatchObject([
      { actorType: 'system', actorId: 'operator', actorName: 'Roster', ip: null, userAgent: null },
    ]);
  });

  it("record an operator's plan change as Roster, with the plan before and after", async () => {
    const { scope } = await organization();
    const operator = createScope({
      em: em(),
      jobs,
      org: scope.org,
      actor: { type: 'system', id: 'operator', name: 'Roster' },
    });
    await setOrganizationPlan(operator, { plan: 'team' });
    expect(await recordsOf(scope.org.id)).toMatchObject([
      {
        action: 'organization.plan_changed',
        actorType: 'system',
        actorId: 'operator',
        targetType: 'organization',
        targetId: scope.org.id,
        targetName: scope.org.name,
        summary: { before: { plan: 'free' }, after: { plan: 'team' } },
      },
    ]);
  });

  it('have a describer for every event but the account ones', () => {
    const described = eventNames.filter((name) => auditDescribers[name] !== null);
    const accountOnly = eventNames.filter((name) => auditDescribers[name] === null);
    expect(accountOnly.every((name) => name.startsWith('user.') || name.startsWith('account.'))).toBe(true);
    expect(described.length + accountOnly.length).toBe(eventNames.length);
    for (const family of [
      'organization.',
      'member.',
      'ownership.',
      'invitation.',
      'project.',
      'folder.',
      'asset.',
      'apiKey.',
      'plugin.',
      'usage.',
    ])
      expect(
        described.some((name) => name.startsWith(family)),
        family,
      ).toBe(true);
  });
});
