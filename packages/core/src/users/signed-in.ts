import { DomainError } from '../errors.js';
import type { AccountScope, UserActor } from '../scope.js';

/** The signed-in person a scope acts for; UNAUTHENTICATED when nobody is signed in. */
export function signedInUser(scope: AccountScope): UserActor {
  if (scope.actor.type !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  return scope.actor;
}
