import { describe, expect, it } from 'vitest';
import { addSample, percentOf, secondsLeft, speedOf, totalsOf, type TaskProgress } from './upload-math';

describe('speed', () => {
  it('is 0 until two samples are apart in time', () => {
    expect(speedOf([])).toBe(0);
    expect(speedOf([{ at: 0, sent: 0 }])).toBe(0);
    expect(
      speedOf([
        { at: 5, sent: 0 },
        { at: 5, sent: 100 },
      ]),
    ).toBe(0);
  });

  it('averages over the samples kept: bytes over seconds', () => {
    let samples = addSample([], { at: 0, sent: 0 });
    samples = addSample(samples, { at: 1000, sent: 1000 });
    samples = addSample(samples, { at: 2000, sent: 5000 });
    expect(speedOf(samples)).toBe(2500);
  });

  it('forgets samples older than the window but keeps one just before it', () => {
    let samples = addSample([], { at: 0, sent: 0 }, 5000);
    for (let at = 1000; at <= 10_000; at += 1000) samples = addSample(samples, { at, sent: at * 10 }, 5000);
    expect(samples[0]).toEqual({ at: 5000, sent: 50_000 });
    expect(samples.at(-1)).toEqual({ at: 10_000, sent: 100_000 });
    expect(speedOf(samples)).toBe(10_000);
    // A stall shows as a falling speed, not a frozen one.
    samples = addSample(samples, { at: 20_000, sent: 100_000 }, 5000);
    expect(samples).toEqual([
      { at: 10_000, sent: 100_000 },
      { at: 20_000, sent: 100_000 },
    ]);
    expect(speedOf(samples)).toBe(0);
  });
});

describe('time left', () => {
  it('rounds up, is 0 when nothing remains and unknown without a speed', () => {
    expect(secondsLeft(1001, 1000)).toBe(2);
    expect(secondsLeft(0, 0)).toBe(0);
    expect(secondsLeft(10, 0)).toBeNull();
  });
});

describe('totals', () => {
  const task = (state: TaskProgress['state'], size: number, sent = 0, speed = 0): TaskProgress => ({
    state,
    size,
    sent,
    speed,
  });

  it('adds up the files on their way; cancelled ones do not count and failed ones add no bytes', () => {
    const totals = totalsOf([
      task('done', 1000, 1000),
      task('uploading', 2000, 500, 100),
      task('uploading', 1000, 250, 150),
      task('queued', 1000),
      task('failed', 5000, 1200),
      task('cancelled', 9000, 100),
    ]);
    expect(totals).toEqual({
      files: 5,
      done: 1,
      failed: 1,
      active: 3,
      bytes: 5000,
      sent: 1750,
      percent: 35,
      speed: 250,
      secondsLeft: 13,
    });
  });

  it('is 100% once only finished and failed files are left, even empty ones', () => {
    expect(totalsOf([task('done', 0), task('failed', 10)]).percent).toBe(100);
    expect(totalsOf([]).percent).toBe(0);
    expect(totalsOf([task('failed', 10), task('cancelled', 5)]).percent).toBe(0);
    expect(totalsOf([task('queued', 0)]).percent).toBe(0);
  });

  it('never counts more bytes sent than a file has', () => {
    expect(totalsOf([task('uploading', 100, 150, 1)]).sent).toBe(100);
    expect(percentOf({ size: 100, sent: 150, state: 'uploading' })).toBe(100);
    expect(percentOf({ size: 0, sent: 0, state: 'uploading' })).toBe(0);
    expect(percentOf({ size: 0, sent: 0, state: 'done' })).toBe(100);
  });
});
