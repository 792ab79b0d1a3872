import type { JobHandler } from './types.js';

// Being built by the usage-alerts helper (issue 12): replaced before this lands.
export const usageAlertsJob: JobHandler<'usage.alerts'> = async () => {
  throw new Error('usage.alerts: not built yet');
};
