import { isDomainError } from '@roster/core';
import { createOrm, forkEm } from '@roster/db';
import { loadEnv } from '../env.js';
import { runCommand, usage } from './commands.js';

const args = process.argv.slice(2);
if (args.length === 0 || args[0] === '--help') {
  console.log(usage);
  process.exit(0);
}
const env = loadEnv();
const orm = await createOrm({ database: env.database });
try {
  console.log(await runCommand(forkEm(orm), args));
} catch (error) {
  console.error(isDomainError(error) || error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await orm.close(true);
}
