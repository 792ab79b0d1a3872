// The stats feature's public surface (re-exported by the package entry): the recompute the worker
// runs, the debounce that asks for it, and the reads behind stats.* and the CSV exports.
export { recomputeStats, activitySince, statsActivityDays } from './recompute.js';
export type { RecomputeResult } from './recompute.js';
export {
  defaultStatsDebounceMs,
  requestStatsRecompute,
  setStatsDebounceMs,
  statsDebounceMs,
  statsWindow,
  statsWindowEnd,
} from './debounce.js';
export { statsOverview, defaultStatsPageLimit } from './overview.js';
export { statsUsers } from './users.js';
export { statsOverviewExport, statsUsersExport, statsExportPageSize } from './export.js';
export { statsSubscriber } from './subscriber.js';
