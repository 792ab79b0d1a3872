import type { ApiKeyScope } from '@roster/core';
import type { FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Deps } from '../deps.js';
import { authenticate } from './auth.js';
import { registerDocs } from './docs.js';
import { registerOpenApi } from './openapi.js';
import { meterUsage } from './metering.js';
import { ProblemError, problem, sendProblem } from './problem.js';
import { assetRoutes } from './routes/assets.js';
import { documentRoutes } from './routes/documents.js';
import { folderRoutes } from './routes/folders.js';
import { projectRoutes } from './routes/projects.js';
import { usageRoutes } from './routes/usage.js';
import { auditExportRoutes } from './routes/audit-exports.js';
import { statsExportRoutes } from './routes/stats-exports.js';
import { registerUploadRoutes } from './uploads/register.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The API-key scope a /v1 route needs (a key without it: 403 API_KEY_SCOPE_MISSING). Routes
     * that declare it are authenticated before their input is validated.
     */
    scope?: ApiKeyScope;
    /** The route authenticates the caller itself (tus: its own checks per request kind). */
    ownAuthentication?: boolean;
  }
}

/**
 * The zod validator compiler, where a schema that throws while checking (a refine that cannot
 * take what it was given) refuses the input as invalid (400) instead of failing the request (500).
 */
const safeValidatorCompiler: typeof validatorCompiler = (route) => {
  const validate = validatorCompiler(route);
  return (data) => {
    try {
      return validate(data);
    } catch {
      const issue = {
        keyword: 'custom',
        instancePath: '/',
        schemaPath: '#/',
        params: {},
        message: 'Not valid.',
      };
      return { error: [issue] };
    }
  };
};

/**
 * The REST API at /v1 (PRODUCT §6): thin routes over core, each declared with zod schemas (its
 * input validated by them, the OpenAPI document at /v1/openapi.json generated from them), errors
 * as problem+json (RFC 9457), every path under /v1 answered by it (an unknown one is a 404
 * problem, never the web app). Register with `{ prefix: '/v1' }`.
 */
export async function restApi(app: FastifyInstance, options: { deps: Deps }): Promise<void> {
  const { deps } = options;
  meterUsage(app, deps);
  app.setValidatorCompiler(safeValidatorCompiler);
  // Answers are written as they are: the contract test checks them against the document.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler((error, _req, reply) => sendProblem(reply, error));
  app.setNotFoundHandler((_req, reply) =>
    sendProblem(reply, new ProblemError(problem(404, 'There is no such route in the Roster API.'))),
  );
  // Who is calling, before the input is validated: an anonymous caller is told 401 whatever the
  // request holds; a signed-in one then gets 400 for bad input.
  app.addHook('preValidation', async (req, reply) => {
    const { scope, ownAuthentication } = req.routeOptions.config;
    if (scope && !ownAuthentication) await authenticate(req, reply, deps);
  });
  await registerOpenApi(app);
  projectRoutes(app, deps);
  folderRoutes(app, deps);
  assetRoutes(app, deps);
  usageRoutes(app, deps);
  statsExportRoutes(app, deps);
  auditExportRoutes(app, deps);
  await registerUploadRoutes(app, deps);
  documentRoutes(app);
  await registerDocs(app, { https: deps.appOrigin.startsWith('https:') });
}
