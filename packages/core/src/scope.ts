import type { EntityManager } from '@roster/db';
import type { ApiKeyScope } from './vocabulary/api-key-scopes.js';
import type { EventName, EventPayload } from './events/contracts.js';
import type { JobQueue } from './jobs/queue.js';
import type { InvitationExpiry } from './vocabulary/expiry.js';
import type { Limits } from './vocabulary/limits.js';
import type { Plan } from './vocabulary/plans.js';
import type { OrgRole } from './vocabulary/roles.js';

/** A person acting in an organization they belong to, with their role there. */
export interface MemberActor {
  type: 'member';
  /** The user's id. */
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: OrgRole;
}

/**
 * An application acting with an API key of the organization: `content:read` as a viewer and
 * `content:write` as a manager of the key's projects (`projectIds`; null = every project, also
 * future ones), `usage:read` reads the organization's usage. Nothing else.
 */
export interface ApiKeyActor {
  type: 'apiKey';
  /** The key's id. */
  id: string;
  name: string;
  scopes: readonly ApiKeyScope[];
  projectIds: readonly string[] | null;
}

/** Roster itself: the worker's jobs, an operator's command. */
export interface SystemActor {
  type: 'system';
  id: 'worker' | 'operator';
  name: string;
}

/** A signed-in person acting outside any organization (creating one, answering an invitation). */
export interface UserActor {
  type: 'user';
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
}

/** Someone not signed in (signing up, asking for a password reset). */
export interface AnonymousActor {
  type: 'anonymous';
}

/** Who acts in an organization. */
export type Actor = MemberActor | ApiKeyActor | SystemActor;

/** The organization a scope acts in, as loaded with the caller's access to it. */
export interface ScopeOrg {
  id: string;
  name: string;
  plan: Plan;
  invitationExpiry: InvitationExpiry;
  /** The effective limits: the plan's with the operator's overrides for this organization. */
  limits: Limits;
}

/**
 * Writes an event row in the scope's transaction and runs the event's in-transaction subscribers
 * (notifications, the email ledger); its after-commit subscribers run in the worker once the
 * transaction commits. Only a scope inside `transact` records.
 */
export type Recorder = <N extends EventName>(
  name: N,
  payload: EventPayload<N>,
  options?: RecordOptions,
) => Promise<void>;

export interface RecordOptions {
  /**
   * The organization an event outside an organization scope concerns (a person answering an
   * invitation): the event row is filed under it, for the organization's audit and webhooks.
   */
  organizationId?: string;
}

/** Where a request came from, for the audit log (§11); absent for jobs and the operator's commands. */
export interface RequestClient {
  ip: string | null;
  userAgent: string | null;
}

interface ScopeBase {
  em: EntityManager;
  /** The request's client (API), kept in audit records. */
  client?: RequestClient;
  jobs: JobQueue;
  /** The time of the request or job: one "now" for everything it decides. */
  now: Date;
  record: Recorder;
}

/**
 * Everything an organization's use case needs, built once per request (tRPC's `orgProcedure`, the
 * REST routes) or job (the worker, the CLI build a system scope): `(scope, input) → Promise<Dto>`.
 */
export interface Scope extends ScopeBase {
  org: ScopeOrg;
  actor: Actor;
}

/** The same for what happens outside an organization: accounts, a person's own invitations. */
export interface AccountScope extends ScopeBase {
  org: null;
  actor: UserActor | AnonymousActor | SystemActor;
}

export type AnyScope = Scope | AccountScope;

/** An event recorded in a transaction, written with the others just before it commits. */
export interface PendingEvent {
  id: string;
  /** Whether after-commit subscribers want it (else it is written as dispatched). */
  needsWorker: boolean;
}

/** How the scope's recorder writes events: given by `createScope` (subscribers/), used by `transact`. */
export interface EventWriter {
  /** Checks the event and runs its in-transaction subscribers; the row is written by `insert`. */
  write(tx: AnyScope, name: EventName, payload: unknown, options?: RecordOptions): Promise<PendingEvent>;
  /** Writes the transaction's event rows, in one statement, before it commits. */
  insert(em: EntityManager, events: PendingEvent[]): Promise<void>;
  /** After commit: hands the events that need the worker to it (a failure is left to the sweep). */
  committed(scope: AnyScope, events: PendingEvent[]): Promise<void>;
}

interface WriterState {
  writer: EventWriter;
  /** The events recorded by the transaction this scope is in; null outside `transact`. */
  recorded: PendingEvent[] | null;
  /** Whether that transaction is still running: a scope kept past it records nothing. */
  open: boolean;
}

const writers = new WeakMap<object, WriterState>();

/** A scope over `em`; its recorder refuses until the scope is inside `transact`. */
export function makeScope<S extends AnyScope>(fields: Omit<S, 'record'>, writer: EventWriter): S {
  const scope = {
    ...fields,
    record: async () => {
      throw new Error('scope.record: record events inside transact(scope, …)');
    },
  } as unknown as S;
  writers.set(scope, { writer, recorded: null, open: false });
  return scope;
}

/**
 * Runs `work` in one transaction with a scope whose `em` is the transaction's and whose `record`
 * writes into it. Once it commits, the events recorded are handed to the worker; if it rolls back,
 * nothing of them remains. Inside another `transact`, it joins that transaction. The scope given
 * to `work` records only while the transaction runs (an event recorded after it would be lost).
 */
export async function transact<S extends AnyScope, T>(scope: S, work: (tx: S) => Promise<T>): Promise<T> {
  const state = writers.get(scope);
  if (!state) throw new Error('transact: the scope was not made by createScope');
  if (state.recorded) {
    if (!state.open)
      throw new Error("transact: this scope's transaction has ended; use the scope it came from");
    return work(scope);
  }
  // Its commit would not be the one that counts: the events would reach the worker before it.
  if (scope.em.isInTransaction()) {
    throw new Error(
      "transact: the scope's EntityManager is already in a transaction; make the scope on a fresh one (or use scopeInTransaction)",
    );
  }
  const inner: WriterState = { writer: state.writer, recorded: [], open: true };
  const recorded = inner.recorded!;
  let result: T;
  try {
    result = await scope.em.transactional(async (em) => {
      const tx = recordingInto({ ...scope, em } as S, inner);
      const done = await work(tx);
      if (recorded.length > 0) await state.writer.insert(em, recorded);
      return done;
    });
  } finally {
    inner.open = false;
  }
  if (recorded.length > 0) await state.writer.committed(scope, recorded);
  return result;
}

/**
 * A scope in another organization inside `tx`'s transaction (one it has just created), or outside
 * any organization as someone `tx` has just identified (the person signing up or in): its events
 * are written in that transaction and handed to the worker with the others once it commits.
 */
export function scopeInTransaction(tx: AnyScope, org: ScopeOrg, actor: Actor): Scope;
export function scopeInTransaction(tx: AnyScope, org: null, actor: AccountScope['actor']): AccountScope;
export function scopeInTransaction(
  tx: AnyScope,
  org: ScopeOrg | null,
  actor: Actor | AccountScope['actor'],
): AnyScope {
  const state = writers.get(tx);
  if (!state?.recorded || !state.open) throw new Error('scopeInTransaction: call it inside transact');
  return recordingInto(
    { em: tx.em, jobs: tx.jobs, now: tx.now, client: tx.client, org, actor } as AnyScope,
    state,
  );
}

/** Makes `scope` record into the transaction `state` belongs to, while that transaction runs. */
function recordingInto<S extends AnyScope>(scope: S, state: WriterState): S {
  const recorded = state.recorded!;
  scope.record = async (name, payload, options) => {
    if (!state.open)
      throw new Error(`scope.record("${name}"): its transaction has ended; record inside transact`);
    recorded.push(await state.writer.write(scope, name, payload, options));
  };
  writers.set(scope, state);
  return scope;
}
