import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../src/rest/problem.js';
import { LengthGuard } from '../src/rest/uploads/length-guard.js';
import { watchTransferRate } from '../src/rest/uploads/rate-watch.js';

const floor = { windowMs: 30_000, minBytes: 1000 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function failureOf(guard: LengthGuard): Promise<unknown> {
  return new Promise((resolve) => guard.once('error', resolve));
}

describe('LengthGuard', () => {
  it('passes exactly the declared bytes through', async () => {
    const guard = new LengthGuard(6, floor);
    const out: Buffer[] = [];
    guard.on('data', (c: Buffer) => out.push(c));
    const ended = new Promise((resolve) => guard.once('end', resolve));
    guard.write(Buffer.from('abc'));
    guard.end(Buffer.from('def'));
    await ended;
    expect(Buffer.concat(out).toString()).toBe('abcdef');
  });

  it('fails as soon as more bytes than declared arrive', async () => {
    const guard = new LengthGuard(4, floor);
    const failed = failureOf(guard);
    guard.write(Buffer.from('abcde'));
    const error = (await failed) as ProblemError;
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.problem).toMatchObject({ status: 400, reason: 'UPLOAD_SIZE_MISMATCH' });
  });

  it('fails when the body ends short', async () => {
    const guard = new LengthGuard(10, floor);
    guard.resume();
    const failed = failureOf(guard);
    guard.end(Buffer.from('abc'));
    expect(((await failed) as ProblemError).problem.detail).toContain('after 3 of the 10 bytes');
  });

  it('cuts a client that sends slower than the floor, not one that keeps up', async () => {
    const guard = new LengthGuard(1_000_000, floor);
    guard.resume();
    const failed = failureOf(guard);
    guard.write(Buffer.alloc(5000));
    await vi.advanceTimersByTimeAsync(floor.windowMs);
    expect(guard.destroyed).toBe(false);
    guard.write(Buffer.alloc(10));
    await vi.advanceTimersByTimeAsync(floor.windowMs);
    expect(((await failed) as ProblemError).problem).toMatchObject({
      status: 408,
      reason: 'UPLOAD_TOO_SLOW',
    });
  });

  it('does not blame the client while storage is the slow side', () => {
    const guard = new LengthGuard(10_000_000, floor);
    guard.on('error', () => undefined);
    // Nobody reads: the guard's buffers fill up, as when storage applies backpressure.
    while (guard.write(Buffer.alloc(16 * 1024)));
    vi.advanceTimersByTime(floor.windowMs * 3);
    expect(guard.destroyed).toBe(false);
    guard.destroy();
  });
});

describe('watchTransferRate', () => {
  function fakeRequest() {
    const socket = Object.assign(new EventEmitter(), { bytesRead: 0, destroy: vi.fn() });
    const req = Object.assign(new EventEmitter(), {
      socket,
      complete: false,
      readableLength: 0,
      isPaused: () => false,
    });
    return req;
  }

  it('closes a connection that brings too little, until the request ends', () => {
    const req = fakeRequest();
    watchTransferRate(req as unknown as IncomingMessage, floor);
    req.socket.bytesRead += 5000;
    vi.advanceTimersByTime(floor.windowMs);
    expect(req.socket.destroy).not.toHaveBeenCalled();
    req.socket.bytesRead += 10;
    vi.advanceTimersByTime(floor.windowMs);
    expect(req.socket.destroy).toHaveBeenCalledTimes(1);
  });

  it('leaves alone a request whose reader is behind, or that is complete', () => {
    const behind = fakeRequest();
    behind.readableLength = 64 * 1024;
    watchTransferRate(behind as unknown as IncomingMessage, floor);
    const complete = fakeRequest();
    complete.complete = true;
    watchTransferRate(complete as unknown as IncomingMessage, floor);
    vi.advanceTimersByTime(floor.windowMs * 2);
    expect(behind.socket.destroy).not.toHaveBeenCalled();
    expect(complete.socket.destroy).not.toHaveBeenCalled();
    behind.emit('close');
    complete.emit('close');
  });
});
