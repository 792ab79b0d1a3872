import { buildServer } from './server.js';
import { createDeps } from './deps.js';
import { loadEnv } from './env.js';
import { loadSecretKey } from './secret-key.js';

const env = loadEnv();
const deps = await createDeps({
  database: env.database,
  redisUrl: env.REDIS_URL,
  prefix: env.REDIS_PREFIX,
  appOrigin: env.appOrigin,
  secureCookies: env.secureCookies,
  secret: loadSecretKey(env),
});
const app = await buildServer(deps, {
  logger: { level: env.LOG_LEVEL },
  trustProxy: env.TRUST_PROXY,
  webDist: env.NODE_ENV === 'production' ? env.webDist : null,
});

await app.listen({ port: env.PORT, host: env.HOST });
app.log.info(`Roster API on http://${env.HOST}:${env.PORT} for ${env.appOrigin}`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: finishing requests and closing`);
    await app.close();
    await deps.close();
    process.exit(0);
  });
}
