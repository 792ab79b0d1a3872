import { hash, verify, type Options } from '@node-rs/argon2';
import { createRequire } from 'node:module';
import { DomainError } from '../errors.js';

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

export function assertAcceptablePassword(password: string): void {
  if (isCommonPassword(password)) {
    throw new DomainError(
      'COMMON_PASSWORD',
      'This password is too common. Choose one that is harder to guess.',
      {
        field: 'password',
      },
    );
  }
}
