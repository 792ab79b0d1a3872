import type { JobHandler } from './types.js';

// Being built by the stats helper (issue 12): replaced before this lands.
export const statsNightlyJob: JobHandler<'stats.nightly'> = async () => {
  throw new Error('stats.nightly: not built yet');
};
