import type { JobHandler } from './types.js';

// Being built by the stats helper (issue 12): replaced before this lands.
export const statsRecomputeJob: JobHandler<'stats.recompute'> = async () => {
  throw new Error('stats.recompute: not built yet');
};
