import { describe, expect, it } from 'vitest';
import { eventNames } from '../events/contracts.js';
import type { AuditRecordDto } from './schemas.js';
import { auditSentence, auditSentenceActions } from './sentence.js';

type Actor = AuditRecordDto['actor'];
const ada: Actor = { type: 'user', id: 'u1', name: 'Ada Lovelace' };
const ciKey: Actor = { type: 'apiKey', id: 'k1', name: 'CI key' };
const roster: Actor = { type: 'system', id: null, name: null };

function record(
  action: string,
  fields: {
    actor?: Actor;
    target?: string | null;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
  } = {},
): AuditRecordDto {
  return {
    id: 'r1',
    createdAt: '2026-11-30T12:00:00.000Z',
    actor: fields.actor ?? ada,
    action,
    target: { type: null, id: null, name: fields.target ?? null },
    summary: fields.before || fields.after ? { before: fields.before, after: fields.after } : null,
    ip: null,
    userAgent: null,
  };
}

describe('auditSentence', () => {
  it('has a sentence for every event name, and only those', () => {
    expect([...auditSentenceActions].sort()).toEqual([...eventNames].sort());
  });

  it.each(eventNames)('reads %s without a summary or names (no undefined, null or [object])', (name) => {
    for (const actor of [ada, ciKey, roster, { type: 'user' as const, id: null, name: null }]) {
      const sentence = auditSentence(record(name, { actor }));
      expect(sentence).not.toMatch(/undefined|null|\[object|NaN|\s{2}|\s$/);
      expect(sentence.length).toBeGreaterThan(5);
    }
  });

  it('says who changed whose role, from what to what', () => {
    const sentence = auditSentence(
      record('member.role_changed', { target: 'Bob', before: { role: 'member' }, after: { role: 'admin' } }),
    );
    expect(sentence).toBe('Ada Lovelace changed Bob’s role from member to admin');
  });

  it('names an API key acting, the file, its size and the project', () => {
    const sentence = auditSentence(
      record('asset.uploaded', {
        actor: ciKey,
        target: 'report.pdf',
        after: { size: 1_200_000, projectName: 'Marketing' },
      }),
    );
    expect(sentence).toBe('CI key uploaded report.pdf (1.2 MB) to Marketing');
  });

  it('says Roster for the system, with limits in binary units, unlimited or the default', () => {
    const limit = (after: Record<string, unknown>) =>
      auditSentence(record('organization.limit_changed', { actor: roster, after }));
    expect(limit({ limit: 'storageBytes', value: 10 * 1024 ** 3 })).toBe(
      'Roster changed the storage limit to 10 GiB',
    );
    expect(limit({ limit: 'seats', value: 12 })).toBe('Roster changed the seat limit to 12 seats');
    expect(limit({ limit: 'seats', value: null })).toBe('Roster removed the seat limit (unlimited)');
    expect(limit({ limit: 'apiCallsPerMonth', value: 'default' })).toBe(
      'Roster reset the monthly API call limit to the plan’s default',
    );
    expect(limit({ storageBytes: 1024 ** 4 })).toBe('Roster changed the storage limit to 1 TiB');
  });

  it('gives the reason a plugin went with its installer', () => {
    const sentence = auditSentence(
      record('plugin.uninstalled', {
        actor: { type: 'user', id: 'u1', name: 'Ada' },
        target: 'Slack',
        before: { kind: 'webhook', name: 'Slack', installedBy: 'u2' },
        after: { reason: 'installer_demoted' },
      }),
    );
    expect(sentence).toBe('Ada uninstalled the webhook ‘Slack’ (installer demoted)');
  });

  it('reads renames, settings and plans with their previous values', () => {
    expect(
      auditSentence(
        record('organization.renamed', { before: { name: 'Acme' }, after: { name: 'Acme Inc' } }),
      ),
    ).toBe('Ada Lovelace renamed the organization from Acme to Acme Inc');
    expect(
      auditSentence(
        record('organization.settings_updated', {
          before: { invitationExpiry: '7d' },
          after: { invitationExpiry: '30d' },
        }),
      ),
    ).toBe('Ada Lovelace changed how long invitations last from 7 days to 30 days');
    expect(
      auditSentence(
        record('organization.plan_changed', {
          actor: roster,
          before: { plan: 'free' },
          after: { plan: 'team' },
        }),
      ),
    ).toBe('Roster changed the plan from Free to Team');
  });

  it('reads invitations, projects and project members', () => {
    expect(
      auditSentence(record('invitation.created', { after: { email: 'bob@example.com', role: 'member' } })),
    ).toBe('Ada Lovelace invited bob@example.com as member');
    expect(auditSentence(record('project.created', { target: 'Launch' }))).toBe(
      'Ada Lovelace created the project Launch',
    );
    expect(
      auditSentence(
        record('project.updated', {
          target: 'Launch',
          before: { name: 'Launch' },
          after: { name: 'Go-live' },
        }),
      ),
    ).toBe('Ada Lovelace renamed the project Launch to Go-live');
    expect(
      auditSentence(
        record('project.member_role_changed', {
          target: 'Bob',
          before: { role: 'viewer' },
          after: { role: 'manager', projectName: 'Launch' },
        }),
      ),
    ).toBe('Ada Lovelace changed Bob’s role in Launch from viewer to manager');
  });

  it('reads content moves, renames and deletions', () => {
    expect(
      auditSentence(
        record('folder.updated', { target: 'Final', before: { name: 'Drafts' }, after: { name: 'Final' } }),
      ),
    ).toBe('Ada Lovelace renamed the folder Drafts to Final');
    expect(
      auditSentence(
        record('asset.updated', {
          target: 'logo.svg',
          before: { folderId: null },
          after: { name: 'logo.svg', folderName: 'Brand', projectName: 'Marketing' },
        }),
      ),
    ).toBe('Ada Lovelace moved the file logo.svg to Brand');
    expect(
      auditSentence(
        record('folder.deleted', {
          target: 'Old',
          after: { folders: 2, assets: 1, bytes: 2_500_000, projectName: 'Marketing' },
        }),
      ),
    ).toBe('Ada Lovelace deleted the folder Old with 2 folders, 1 file, 2.5 MB from Marketing');
  });

  it('reads facts kept on the before side (deleted things, a project member removed)', () => {
    expect(
      auditSentence(
        record('asset.deleted', {
          target: 'a.txt',
          before: { name: 'a.txt', size: 2048, projectName: 'Docs' },
        }),
      ),
    ).toBe('Ada Lovelace deleted a.txt (2 KB) from Docs');
    expect(
      auditSentence(record('project.member_removed', { target: 'Bob', before: { projectName: 'Launch' } })),
    ).toBe('Ada Lovelace removed Bob from Launch');
    expect(
      auditSentence(
        record('project.updated', {
          target: 'Go-live',
          after: { name: 'Go-live', visibility: 'organization' },
        }),
      ),
    ).toBe('Ada Lovelace renamed the project to Go-live and made it visible to the whole organization');
    expect(auditSentence(record('project.updated', { target: 'Go-live', after: { description: '' } }))).toBe(
      'Ada Lovelace removed the description of the project Go-live',
    );
  });

  it('still reads an action it does not know', () => {
    expect(auditSentence(record('thing.happened', { target: 'Widget' }))).toBe(
      'Ada Lovelace did thing.happened on Widget',
    );
  });
});
