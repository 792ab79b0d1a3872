// The live heap: what a collection leaves, so garbage waiting for the collector is not counted.
// A memory bound measured on heapUsed alone fails or passes with the collector's timing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

export function liveHeap(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** Samples the live heap each time `every` more bytes have been counted with `add`. */
export function heapSampler(every: number) {
  const baseline = liveHeap();
  let peak = baseline;
  let next = every;
  let seen = 0;
  return {
    add(bytes: number) {
      seen += bytes;
      if (seen < next) return;
      next = seen + every;
      peak = Math.max(peak, liveHeap());
    },
    /** The largest live heap seen above the one at the start. */
    growth() {
      return Math.max(peak, liveHeap()) - baseline;
    },
  };
}
