import { DomainError } from '../errors.js';

/** Throws EMAIL_NOT_VERIFIED unless the user has verified their address. */
export function assertEmailVerified(user: { emailVerified: boolean }, message: string): void {
  if (!user.emailVerified) throw new DomainError('EMAIL_NOT_VERIFIED', message);
}
