import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The server's signing key: SECRET_KEY when set, else a random key made on the first start and
 * kept in DATA_DIR/secret-key (readable by its owner only), so restarts keep it. API processes
 * that share a database but not DATA_DIR should all be given the same SECRET_KEY.
 */
export function loadSecretKey(env: { SECRET_KEY?: string | undefined; DATA_DIR: string }): string {
  if (env.SECRET_KEY) return env.SECRET_KEY;
  const file = join(env.DATA_DIR, 'secret-key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(env.DATA_DIR, { recursive: true });
  try {
    // 'wx': of two processes starting at once, one writes and the other reads what it wrote.
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
