const steps = [1, 2, 5, 10, 20, 50, 100, 200, 500];
const KiB = 1024;

/**
 * The value axis's ticks for bytes: 0 and up to four equal steps of a round size in the unit of
 * the largest value ("0, 50 MB, 100 MB, 150 MB"), the last at or above `max`; [0] when all are zero.
 * Counts need none of this: recharts' own ticks are round in base 10.
 */
export function byteTicks(max: number): number[] {
  if (max <= 0) return [0];
  let unit = 1;
  while (unit * KiB <= max) unit *= KiB;
  const step = (steps.find((size) => size * unit * 4 >= max) ?? 1024) * unit;
  const ticks = [0];
  while (ticks[ticks.length - 1]! < max) ticks.push(ticks.length * step);
  return ticks;
}
