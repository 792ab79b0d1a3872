import { DomainError } from '../errors.js';
import type { AccountScope, UserActor } from '../scope.js';
import type { UserDto } from './dto.js';

/** The signed-in person a scope acts for; UNAUTHENTICATED when nobody is signed in. */
export function signedInUser(scope: AccountScope): UserActor {
  if (scope.actor.type !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  return scope.actor;
}

/** A person as the actor of an account scope (once identified: signing up, or in). */
export function userActor({ id, name, email, emailVerified }: UserDto): UserActor {
  return { type: 'user', id, name, email, emailVerified };
}
