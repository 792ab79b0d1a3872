import { apiSettings, startApi } from './app.js';
import { loadEnv } from './env.js';

const env = loadEnv();
const api = await startApi(apiSettings(env));
api.app.log.info(`Roster API on ${api.url} for ${env.appOrigin}`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    api.app.log.info(`${signal}: finishing requests and closing`);
    await api.close();
    process.exit(0);
  });
}
