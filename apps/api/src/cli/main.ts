import { isDomainError } from '@roster/core';
import { createOrm, forkEm } from '@roster/db';
import { loadEnv } from '../env.js';
import { FailFastJobQueue } from '../job-queue.js';
import { connectRedis } from '../redis.js';
import { runCommand, usage } from './commands.js';

const args = process.argv.slice(2);
if (args.length === 0 || args[0] === '--help') {
  console.log(usage);
  process.exit(0);
}
const env = loadEnv();
const orm = await createOrm({ database: env.database });
// The events a command records go to the worker through Redis; if it is away, the sweep sends them.
const queueRedis = await connectRedis(env.REDIS_URL, { commandTimeout: false });
const jobs = new FailFastJobQueue(queueRedis, env.REDIS_PREFIX);
try {
  console.log(await runCommand({ em: forkEm(orm), jobs }, args));
} catch (error) {
  console.error(isDomainError(error) || error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await jobs.close();
  queueRedis.disconnect();
  await orm.close(true);
}
