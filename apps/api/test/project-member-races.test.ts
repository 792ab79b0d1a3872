// Adding someone to a project while they are removed from the organization: whatever the order,
// no assignment may outlive the membership (it would come back if the person were invited again).
import { loadOrganization, setOrganizationPlan, systemScope } from '@roster/core';
import { Project, ProjectMember, User, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import { invite } from './invitation-fixtures.js';
import { owner, person } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('project.member.add racing member.remove', () => {
  it('never leaves an assignment behind, and a person invited back does not regain the project', async () => {
    const boss = await owner(h);
    const { orgId } = boss;
    // Invitations need an inviter who confirmed their address.
    await forkEm(h.db.orm).nativeUpdate(User, { id: boss.userId }, { emailVerifiedAt: new Date() });
    const operatorEm = forkEm(h.db.orm);
    const org = await loadOrganization(operatorEm, orgId);
    await setOrganizationPlan(systemScope({ em: operatorEm, jobs: h.deps.jobs, org }, 'operator'), {
      plan: 'enterprise',
    });
    const em = forkEm(h.db.orm);
    const secret = em.create(Project, { organization: orgId, name: 'Secret', visibility: 'members' });
    await em.flush();

    for (let round = 0; round < 20; round++) {
      const target = await person(h, 'Target', orgId, 'member');
      const [added, removed] = await Promise.allSettled([
        boss.caller.project.member.add({
          orgId,
          projectId: secret.id,
          userId: target.userId,
          role: 'manager',
        }),
        boss.caller.member.remove({ orgId, userId: target.userId }),
      ]);
      expect(removed.status).toBe('fulfilled');
      if (added.status === 'rejected') {
        expect((added.reason as { cause?: { reason?: string } }).cause?.reason).toBe('MEMBER_NOT_FOUND');
      }
      const left = await forkEm(h.db.orm).count(ProjectMember, { organization: orgId, user: target.userId });
      expect(left, `round ${round}: ${added.status}`).toBe(0);

      const { token } = await invite(h, boss.caller, orgId, target.email);
      await target.caller.invitation.accept({ token });
      const visible = await target.caller.project.list({ orgId });
      expect(visible.map((p) => p.id)).not.toContain(secret.id);
    }
  });
});
