import { setTimeout as sleep } from 'node:timers/promises';
import { AbstractSqlDriver, LibSqlKnexDialect, type Configuration } from '@mikro-orm/knex';
import { LibSqlConnection, LibSqlPlatform } from '@mikro-orm/libsql';

interface RawSqliteConnection {
  memory: boolean;
  inTransaction: boolean;
  exec(sql: string): void;
}

interface KnexTransaction {
  readOnly?: boolean;
  begin(conn: unknown): Promise<unknown>;
  trxClient: { query(conn: unknown, sql: string): Promise<unknown> };
}

const isBusy = (error: unknown) => /database is locked/.test((error as Error | undefined)?.message ?? '');

/**
 * Runs `begin` (a BEGIN statement) once the write lock is free, waiting up to `lockTimeoutMs` in
 * growing pauses that leave the process free meanwhile. Through exec, which finalizes the
 * statement even when it fails: a prepared BEGIN left behind by a failure would keep the
 * connection from ever committing again ("cannot commit transaction - SQL statements in progress").
 */
async function beginWhenFree(connection: RawSqliteConnection, begin: string, lockTimeoutMs: number) {
  const deadline = Date.now() + lockTimeoutMs;
  for (let pause = 1; ; pause = Math.min(pause * 2, 32)) {
    try {
      return connection.exec(begin);
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
      await sleep(pause + Math.random() * pause);
    }
  }
}

/**
 * Two rules for sharing one SQLite file between processes (the API and the worker):
 *
 * - Every write takes the write lock before it reads: transactions begin with `BEGIN IMMEDIATE`,
 *   and a single write outside a transaction runs in one. A deferred `BEGIN` reads first and
 *   upgrades to a writer later; if another process committed in between, SQLite refuses the
 *   upgrade at once (SQLITE_BUSY_SNAPSHOT) and no waiting can help.
 * - Waiting for the lock happens at BEGIN, asynchronously (beginWhenFree), not in SQLite's busy
 *   handler: libSQL runs statements synchronously, so a busy handler would stall the whole process
 *   (every request, its Redis replies) while another process writes. Past `lockTimeoutMs` the
 *   "database is locked" error stands, and nothing was written.
 */
class SharedFileDialect extends LibSqlKnexDialect {
  transaction(...args: unknown[]): KnexTransaction {
    const trx = (super.transaction as (...a: unknown[]) => KnexTransaction).apply(this, args);
    const deferredBegin = trx.begin.bind(trx);
    // Called once the transaction has its connection, after this returns. Not through trx.query,
    // which on failure hands out the transaction anyway, already complete: every statement in it
    // would fail with "Transaction query already complete". A failed BEGIN must fail the begin.
    trx.begin = async (conn) => {
      if (trx.readOnly) return deferredBegin(conn);
      return trx.trxClient.query(conn, 'BEGIN IMMEDIATE;');
    };
    return trx;
  }

  override async _query(connection: RawSqliteConnection, obj: { sql: string; response?: unknown }) {
    const { lockTimeoutMs } = this.connectionSettings as { lockTimeoutMs: number };
    if (/^begin\b/i.test(obj.sql)) {
      await beginWhenFree(connection, obj.sql, lockTimeoutMs);
      obj.response = { changes: 0, lastInsertRowid: 0 };
      return obj;
    }
    // Reads never wait (WAL), and inside a transaction the lock is already held.
    if (connection.inTransaction || !/^\s*(insert|update|delete|replace)\b/i.test(obj.sql)) {
      return super._query(connection, obj);
    }
    await beginWhenFree(connection, 'BEGIN IMMEDIATE', lockTimeoutMs);
    try {
      const result = await super._query(connection, obj);
      connection.exec('COMMIT');
      return result;
    } finally {
      if (connection.inTransaction) connection.exec('ROLLBACK');
    }
  }
}

class SharedFileConnection extends LibSqlConnection {
  override createKnex(): void {
    // knex takes a dialect class where the type says a name, as LibSqlConnection itself does.
    this.client = this.createKnexClient(SharedFileDialect as unknown as string);
    this.connected = true;
  }

  /** BEGIN runs outside MikroORM's query path: its "database is locked" is converted here. */
  override async begin(options?: Parameters<LibSqlConnection['begin']>[0]) {
    try {
      return await super.begin(options);
    } catch (error) {
      throw this.platform.getExceptionConverter().convertException(error as Error);
    }
  }
}

/** MikroORM's libSQL driver, for an SQLite file that several processes write. */
export class SqliteDriver extends AbstractSqlDriver<SharedFileConnection> {
  constructor(config: Configuration) {
    super(config, new LibSqlPlatform(), SharedFileConnection, ['knex', 'libsql']);
  }
}

/** The driver's options: how long a statement waits for another process's write lock. */
export const sqliteDriverOptions = (lockTimeoutMs: number) => ({ connection: { lockTimeoutMs } });

/**
 * The pool of SQLite connections (one per process, knex's default, so this process's writers take
 * turns): every connection, including those the pool opens later (it replaces them every 10 s),
 * gets the settings. A connection never goes back into use inside a transaction left open (e.g.
 * by a COMMIT that failed): it is rolled back, or else discarded.
 */
export const sqlitePool = (lockTimeoutMs: number) => ({
  afterCreate(conn: RawSqliteConnection, done: (error: Error | null, conn: RawSqliteConnection) => void) {
    try {
      conn.exec(`pragma busy_timeout = ${lockTimeoutMs}`);
      conn.exec('pragma foreign_keys = on');
      // Readers and the writer stay out of each other's way; `:memory:` has no WAL.
      if (!conn.memory) conn.exec('pragma journal_mode = wal');
      // From now on a locked file answers at once; SharedFileDialect waits without blocking.
      conn.exec('pragma busy_timeout = 0');
      done(null, conn);
    } catch (error) {
      done(error as Error, conn);
    }
  },
  validate(conn: RawSqliteConnection): boolean {
    if (!conn.inTransaction) return true;
    try {
      conn.exec('rollback');
      return true;
    } catch {
      // An in-memory database lives in its one connection: keep it rather than lose the data.
      return conn.memory;
    }
  },
});
