import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { assertAcceptablePassword, hashPassword, isCommonPassword, verifyPassword } from './password.js';

const jane = { name: 'Jane Doe', email: 'jane.doe@example.com' };
/** The DomainError assertAcceptablePassword throws for Jane, or undefined when it accepts. */
function refusal(password: string, person = jane): DomainError | undefined {
  try {
    assertAcceptablePassword(password, person);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

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
    expect(() => assertAcceptablePassword('12345678', jane)).toThrowError(/too common/);
  });

  it('refuses guessable passwords and control characters, as WEAK_PASSWORD on the password field', () => {
    for (const weak of ['aaaaaaaa', ' '.repeat(8), '\0'.repeat(8), 'abcdefgh', 'janedoe1', 'Jane1999']) {
      expect(refusal(weak), JSON.stringify(weak)).toMatchObject({
        reason: 'WEAK_PASSWORD',
        details: { field: 'password' },
      });
    }
    // The person's own name and email are among the first guesses.
    expect(refusal('Jane.Doe@Example.com')).toMatchObject({ reason: 'WEAK_PASSWORD' });
    expect(refusal('strong-violet-otter\t17')?.message).toMatch(/control characters/);
    expect(refusal('aaaaaaaa')?.message).toMatch(/^This password is too easy to guess\. \S/);
  });

  it('accepts passphrases and random passwords, up to 256 characters', () => {
    for (const strong of ['violet-otter-17-lantern', 'correct horse battery staple', 'qK8#vL2p!xR4']) {
      expect(refusal(strong), strong).toBeUndefined();
    }
    // Only the first 64 characters are estimated: crafted long input costs no more than that.
    expect(refusal('4@8({[<3&6#1!|70$5+%2'.repeat(12).slice(0, 256))).toBeUndefined();
  });

  it('treats a malformed hash as a failed check, not an error', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
