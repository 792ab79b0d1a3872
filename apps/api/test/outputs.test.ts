// The contract declares what every procedure answers, not only what it takes: a procedure without
// an output parser could return anything (a documented REST API needs the shape), and one without
// an input parser takes anything unless it is listed below as taking nothing.
import type { AnyRouter } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from '../src/root.js';
import { procedure, router } from '../src/trpc/init.js';

/** What the test reads of a procedure: tRPC v11 keeps the parsers on its `_def`. */
interface ProcedureDef {
  inputs: unknown[];
  output?: unknown;
}

/** Every procedure of a router by its dotted path (`_def.procedures` is flat in tRPC v11). */
function proceduresOf(r: AnyRouter): [string, ProcedureDef][] {
  const procedures = r._def.procedures as Record<string, { _def: ProcedureDef }>;
  return Object.entries(procedures)
    .map(([path, p]): [string, ProcedureDef] => [path, p._def])
    .sort(([a], [b]) => a.localeCompare(b));
}

const withoutOutput = (r: AnyRouter) =>
  proceduresOf(r)
    .filter(([, def]) => def.output === undefined)
    .map(([path]) => path);

const withoutInput = (r: AnyRouter) =>
  proceduresOf(r)
    .filter(([, def]) => def.inputs.length === 0)
    .map(([path]) => path);

/** Procedures that take nothing: the caller's session is all they need. */
const inputless = [
  'account.endOtherSessions',
  'account.get',
  'account.sessions',
  'auth.me',
  'auth.resendVerification',
  'auth.signOut',
  'auth.signOutEverywhere',
  'invitation.mine',
  'notification.unreadCount',
  'org.list',
];

describe('the router walk', () => {
  const tiny = router({
    ping: procedure.output(z.string()).query(() => 'pong'),
    nested: router({
      bare: procedure.query(() => 'anything'),
      typed: procedure
        .input(z.object({ id: z.string() }))
        .output(z.object({ id: z.string() }))
        .query(({ input }) => input),
    }),
  });

  it('sees every procedure, nested routers included', () => {
    expect(proceduresOf(tiny).map(([path]) => path)).toEqual(['nested.bare', 'nested.typed', 'ping']);
  });

  it('names a procedure without an output parser', () => {
    expect(withoutOutput(tiny)).toEqual(['nested.bare']);
  });

  it('names procedures without an input parser', () => {
    expect(withoutInput(tiny)).toEqual(['nested.bare', 'ping']);
  });
});

describe('appRouter', () => {
  it('has procedures to check', () => {
    expect(proceduresOf(appRouter).length).toBeGreaterThan(30);
  });

  it('declares an output parser on every project procedure', () => {
    expect(withoutOutput(appRouter).filter((path) => path.startsWith('project.'))).toEqual([]);
  });

  it('declares an output parser on every procedure', () => {
    expect(withoutOutput(appRouter), 'procedures without .output(...)').toEqual([]);
  });

  it('declares an input parser on every procedure but those that take nothing', () => {
    expect(
      withoutInput(appRouter),
      'procedures without .input(...) (list here if they take nothing)',
    ).toEqual(inputless);
  });
});
