import { describe, expect, it } from 'vitest';
import { authSearch } from './auth-search';

describe('authSearch', () => {
  it('carries the typed email and the redirect', () => {
    expect(authSearch(' ada@example.com ', '/invite/abc')).toEqual({
      email: 'ada@example.com',
      redirect: '/invite/abc',
    });
  });

  it('leaves out what is empty', () => {
    expect(authSearch('  ', null)).toEqual({});
    expect(authSearch('', '/orgs/1')).toEqual({ redirect: '/orgs/1' });
  });
});
