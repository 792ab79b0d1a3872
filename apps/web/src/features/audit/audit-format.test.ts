import { describe, expect, it } from 'vitest';
import { actorChoices } from './audit-actors';
import { actorName, fieldLabel, fieldValue, summaryLines, targetLabel } from './audit-format';

describe('summaryLines', () => {
  it('lists each field either side has, changed ones with both values', () => {
    expect(
      summaryLines({ before: { role: 'member' }, after: { role: 'admin', projectName: 'Launch' } }),
    ).toEqual([
      { key: 'role', label: 'Role', before: 'member', after: 'admin' },
      { key: 'projectName', label: 'Project name', after: 'Launch' },
    ]);
    expect(summaryLines(null)).toEqual([]);
  });

  it('writes values and names as people read them', () => {
    expect(fieldValue(null)).toBe('none');
    expect(fieldValue(['content:read', 'usage:read'])).toBe('content:read, usage:read');
    expect(fieldValue({ url: 'https://x.test' })).toBe('{"url":"https://x.test"}');
    expect(fieldValue('')).toBe('(empty)');
    expect(fieldLabel('invitationExpiry')).toBe('Invitation expiry');
    expect(fieldLabel('apiKeyId')).toBe('API key id');
  });
});

describe('actors and targets', () => {
  it('names who acted, also once they are gone', () => {
    expect(actorName({ type: 'user', id: 'u', name: 'Ada' })).toBe('Ada');
    expect(actorName({ type: 'user', id: 'u', name: null })).toBe('Deleted user');
    expect(actorName({ type: 'apiKey', id: 'k', name: null })).toBe('Deleted API key');
    expect(actorName({ type: 'system', id: null, name: null })).toBe('Roster');
    expect(targetLabel({ type: 'asset', id: 'a', name: null })).toBe('File');
    expect(targetLabel({ type: null, id: null, name: null })).toBeNull();
  });

  it('offers people by name (email when names repeat), then keys, and keeps an unknown URL actor', () => {
    const choices = actorChoices(
      [
        { userId: 'u2', name: 'Sam', email: 'sam@b.test' },
        { userId: 'u1', name: 'Ada', email: 'ada@a.test' },
        { userId: 'u3', name: 'Sam', email: 'sam@c.test' },
      ],
      [
        { id: 'k1', name: 'Deploy', status: 'revoked' },
        { id: 'k2', name: 'CI', status: 'active' },
      ],
      'gone',
      'Former member',
    );
    expect(choices.people.map((c) => c.label)).toEqual(['Ada', 'Sam (sam@b.test)', 'Sam (sam@c.test)']);
    expect(choices.apiKeys.map((c) => c.label)).toEqual(['CI', 'Deploy (revoked)']);
    expect(choices.other).toEqual({ value: 'gone', label: 'Former member' });
    expect(actorChoices([], [{ id: 'k2', name: 'CI', status: 'active' }], 'k2').other).toBeNull();
  });
});
