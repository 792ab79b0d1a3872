import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const openApiDocument = z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  })
  .describe('An OpenAPI 3.1 document.');

/** The document of this API (public: it describes what anyone may call, and holds no data). */
export function documentRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get('/openapi.json', {
    schema: {
      summary: 'This API as an OpenAPI document',
      description:
        'OpenAPI 3.1, generated from the schemas the routes validate with. Interactive documentation: [/v1/docs](/v1/docs/).',
      tags: ['Documentation'],
      security: [],
      response: {
        200: { description: 'The document.', content: { 'application/json': { schema: openApiDocument } } },
      },
    },
    handler: async (_req, reply) => {
      reply.header('cache-control', 'no-cache');
      return app.swagger() as z.infer<typeof openApiDocument>;
    },
  });
}
