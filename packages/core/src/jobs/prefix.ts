/** The Redis key prefix of Roster's queues and rate limits, shared by the API and the worker. */
export const redisPrefix = 'roster';
