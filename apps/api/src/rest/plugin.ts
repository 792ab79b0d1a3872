import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';
import { ProblemError, problem, sendProblem } from './problem.js';
import { assetRoutes } from './routes/assets.js';
import { folderRoutes } from './routes/folders.js';
import { projectRoutes } from './routes/projects.js';
import { registerUploadRoutes } from './uploads/register.js';

/**
 * The REST API at /v1 (PRODUCT §6): thin routes over core, errors as problem+json (RFC 9457),
 * every path under /v1 answered by it (an unknown one is a 404 problem, never the web app).
 * Register with `{ prefix: '/v1' }`.
 */
export async function restApi(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  app.setErrorHandler((error, _req, reply) => sendProblem(reply, error));
  app.setNotFoundHandler((_req, reply) =>
    sendProblem(reply, new ProblemError(problem(404, 'There is no such route in the Roster API.'))),
  );
  projectRoutes(app, deps);
  folderRoutes(app, deps);
  assetRoutes(app, deps);
  await registerUploadRoutes(app, deps);
}
