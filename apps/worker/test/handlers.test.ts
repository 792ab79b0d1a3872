import { jobNames } from '@roster/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertEveryJobHasHandler, handlers } from '../src/handlers/index.js';
import type { JobHandlers } from '../src/handlers/types.js';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';

describe('the handler map', () => {
  it('has a handler for every job contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...jobNames].sort());
    expect(() => assertEveryJobHasHandler(handlers)).not.toThrow();
  });

  it('names the job that has no handler', () => {
    expect(() => assertEveryJobHasHandler({})).toThrow(/no handler for job "email\.welcome"/);
    expect(() => assertEveryJobHasHandler(handlers, [...jobNames, 'report.daily'])).toThrow(
      /no handler for job "report\.daily".*apps\/worker\/src\/handlers\/index\.ts/,
    );
  });

  it('refuses a handler for a job that has no contract', () => {
    expect(() => assertEveryJobHasHandler({ ...handlers, 'email.typo': handlers['email.welcome'] })).toThrow(
      /handler for unknown job "email\.typo"/,
    );
  });

  it('is checked by the type checker too', () => {
    // @ts-expect-error a job of jobContracts without a handler does not compile
    const missing: JobHandlers = {};
    expect(missing).toEqual({});
  });
});

describe('startWorker', () => {
  let h: WorkerHarness;
  beforeAll(async () => {
    h = await createWorkerHarness();
  });
  afterAll(() => h?.close());

  it('fails to start when a job contract has no handler', async () => {
    await expect(h.start({ handlers: {} as JobHandlers })).rejects.toThrow(
      /no handler for job "email\.welcome"/,
    );
  });
});
