import { describe, expect, it } from 'vitest';
import { byteTicks } from './chart-ticks';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

describe('byte ticks', () => {
  it('step by a round size of the largest value’s unit, up to four steps', () => {
    expect(byteTicks(152 * MiB)).toEqual([0, 50 * MiB, 100 * MiB, 150 * MiB, 200 * MiB]);
    expect(byteTicks(3.2 * GiB)).toEqual([0, GiB, 2 * GiB, 3 * GiB, 4 * GiB]);
    expect(byteTicks(700)).toEqual([0, 200, 400, 600, 800]);
    expect(byteTicks(MiB)).toEqual([0, MiB]);
  });

  it('is a single zero when nothing was counted', () => {
    expect(byteTicks(0)).toEqual([0]);
  });
});
