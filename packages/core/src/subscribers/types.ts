import type { EntityManager } from '@roster/db';
import type { EventName, EventPayload } from '../events/contracts.js';
import type { JobQueue } from '../jobs/queue.js';
import type { AnyScope } from '../scope.js';

/** An event as stored in the outbox, for subscribers that need more than its payload. */
export interface RecordedEvent {
  id: string;
  name: EventName;
  organizationId: string | null;
  createdAt: Date;
}

/** An email an event owes: one `email_deliveries` row, sent by the worker once. */
export interface OwedEmail {
  key: string;
  /** The delivery's template, which also names its kind in `owedEmailKinds`. */
  template: string;
  recipient: string;
}

/** What after-commit subscribers get in the worker. */
export interface DispatchContext {
  em: EntityManager;
  jobs: JobQueue;
}

type PerEvent<F> = {
  [N in EventName]?: F extends (payload: never, ...rest: infer R) => infer T
    ? (payload: EventPayload<N>, ...rest: R) => T
    : never;
};

/**
 * One feature's subscriptions. `inTransaction` runs in the transaction of the change (atomic with
 * it: bell notifications, emails no longer owed); `emails` names the emails an event owes, which
 * are recorded in that transaction and sent by the worker after commit; `afterCommit` runs in the
 * worker once the change committed (at least once: it must be idempotent).
 */
export interface Subscriber {
  inTransaction?: PerEvent<(payload: never, tx: AnyScope) => void | Promise<void>>;
  emails?: PerEvent<(payload: never, event: RecordedEvent) => OwedEmail[]>;
  afterCommit?: PerEvent<(payload: never, ctx: DispatchContext, event: RecordedEvent) => Promise<void>>;
}

/** A subscription looked up by event name at runtime (its payload type is the contract's). */
export type Handler = (payload: unknown, ...rest: unknown[]) => unknown;
