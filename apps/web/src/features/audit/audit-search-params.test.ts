import { describe, expect, it } from 'vitest';
import { auditExportUrl, auditFilters, hasFilters, isDay, parseAuditSearch } from './audit-search-params';

describe('parseAuditSearch', () => {
  it('keeps a known action or family, an actor id and real days', () => {
    expect(
      parseAuditSearch({
        actor: '0b9f6a1e-7c1d-4e2b-9a51-1f1c2d3e4f50',
        action: 'member.',
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    ).toEqual({
      actor: '0b9f6a1e-7c1d-4e2b-9a51-1f1c2d3e4f50',
      action: 'member.',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(parseAuditSearch({ action: 'member.role_changed' })).toEqual({ action: 'member.role_changed' });
  });

  it('drops unknown actions, malformed actors and impossible days', () => {
    expect(
      parseAuditSearch({ action: 'user.signed_up', actor: 'a b', from: '2026-02-31', to: 20261130 }),
    ).toEqual({});
    expect(parseAuditSearch({ action: 'nope.', actor: 'x'.repeat(65) })).toEqual({});
  });

  it('turns a range the wrong way round', () => {
    expect(parseAuditSearch({ from: '2026-11-30', to: '2026-11-01' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });
});

describe('isDay', () => {
  it('accepts real UTC days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay(undefined)).toBe(false);
  });
});

describe('filters and the export link', () => {
  it('maps the URL to audit.list input and the CSV address', () => {
    const search = { actor: 'k1', action: 'apiKey.', from: '2026-11-01' };
    expect(hasFilters(search)).toBe(true);
    expect(hasFilters({})).toBe(false);
    expect(auditFilters(search)).toEqual({ actorId: 'k1', action: 'apiKey.', from: '2026-11-01' });
    expect(auditExportUrl('org-1', search)).toBe(
      '/v1/exports/audit.csv?orgId=org-1&actorId=k1&action=apiKey.&from=2026-11-01',
    );
    expect(auditExportUrl('org-1', {})).toBe('/v1/exports/audit.csv?orgId=org-1');
  });
});
