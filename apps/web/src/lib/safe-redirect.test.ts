import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('keeps in-app paths with their query and hash', () => {
    expect(safeRedirect('/orgs/42/settings')).toBe('/orgs/42/settings');
    expect(safeRedirect('/orgs/42?tab=a#b')).toBe('/orgs/42?tab=a#b');
  });

  it('refuses other sites, schemes and non-strings', () => {
    for (const value of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      'orgs/1',
      '',
      42,
      null,
      undefined,
    ]) {
      expect(safeRedirect(value)).toBeNull();
    }
  });

  it('refuses the sign-in and sign-up pages themselves (no loops)', () => {
    expect(safeRedirect('/sign-in')).toBeNull();
    expect(safeRedirect('/sign-up?redirect=/x')).toBeNull();
  });
});
