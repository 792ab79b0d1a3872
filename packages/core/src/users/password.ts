import { hash, verify, type Options } from '@node-rs/argon2';
import { createRequire } from 'node:module';
import { DomainError } from '../errors.js';
import { estimatePassword } from './password-strength.js';

/** OWASP's argon2id minimum: 19 MiB, two passes, one lane. */
const argon2Options: Options = {
  algorithm: 2 /* Algorithm.Argon2id */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real argon2id hash of a random string: verifying against it costs what a real check costs. */
let decoyHash: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await decoyHash, password);
}

let commonPasswords: Set<string> | undefined;
function loadCommonPasswords(): Set<string> {
  // zxcvbn-ts ships a list of ~49,000 passwords seen most often in breaches.
  const require = createRequire(import.meta.url);
  const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> };
  return new Set(dictionary['passwords-common'] ?? []);
}

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  return commonPasswords.has(password.toLowerCase());
}

/** The least zxcvbn score a new password needs: 3, "safely unguessable" against online attacks. */
export const minPasswordScore = 3;

/** C0 and C1 control characters (NUL, tab, newline, DEL…): invisible, and typed by no keyboard. */
const controlCharacter = /\p{Cc}/u;

/**
 * The rule every new password passes (sign-up, and a reset): no control characters, not a
 * commonly breached password, and hard to guess even knowing the person's name and email.
 */
export function assertAcceptablePassword(password: string, person: { name: string; email: string }): void {
  if (controlCharacter.test(password)) {
    throw weakPassword('Passwords cannot contain control characters such as tabs or line breaks.');
  }
  if (isCommonPassword(password)) {
    throw new DomainError(
      'COMMON_PASSWORD',
      'This password is too common. Choose one that is harder to guess.',
      {
        field: 'password',
      },
    );
  }
  const { score, feedback } = estimatePassword(password, person);
  if (score < minPasswordScore) {
    const advice = [feedback.warning, feedback.suggestions[0]].filter(Boolean).join(' ');
    throw weakPassword(
      `This password is too easy to guess. ${advice || 'Add a few more words or characters.'}`,
    );
  }
}

function weakPassword(message: string): DomainError {
  return new DomainError('WEAK_PASSWORD', message, { field: 'password' });
}
