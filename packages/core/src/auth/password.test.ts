import { describe, expect, it } from 'vitest';
import { assertAcceptablePassword, hashPassword, isCommonPassword, verifyPassword } from './password.js';

describe('passwords', () => {
  it('are hashed with argon2id at 19 MiB, t=2, p=1', async () => {
    const hashed = await hashPassword('correct horse battery staple');
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hashed, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hashed, 'wrong')).toBe(false);
  });

  it('rejects common passwords, whatever their case', () => {
    expect(isCommonPassword('password123')).toBe(true);
    expect(isCommonPassword('Qwertyuiop')).toBe(true);
    expect(isCommonPassword('violet-otter-17-lantern')).toBe(false);
    expect(() => assertAcceptablePassword('12345678')).toThrowError(/too common/);
  });

  it('treats a malformed hash as a failed check, not an error', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
