import type { AnyScope } from '../scope.js';

/** The name a notification shows for who acted ("Dana changed your role"); none for Roster itself. */
export function actorName(scope: AnyScope): string | undefined {
  const { actor } = scope;
  return actor.type === 'member' || actor.type === 'user' || actor.type === 'apiKey' ? actor.name : undefined;
}

/** The organization an in-transaction subscriber acts in (org events are recorded in org scopes). */
export function orgOf(scope: AnyScope): { id: string; name: string } {
  if (!scope.org) throw new Error('this event is recorded in an organization scope');
  return scope.org;
}
