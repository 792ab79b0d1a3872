import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.js';
import { attributeUsage } from '../metering.js';
import { tusRouteOptions } from '../openapi-uploads.js';
import { ProblemError, problem, problemContentType } from '../problem.js';
import { Admission } from './admission.js';
import { continueBody } from './expect-continue.js';
import { watchTransferRate } from './rate-watch.js';
import { abandon } from './settle.js';
import { prepareAccess } from './tus-access.js';
import { rememberCall, type TusCall } from './tus-call.js';
import { prepareCreation } from './tus-create.js';
import { createTusServer, isProblemResponse } from './tus-server.js';

/**
 * Error answers of @tus/server carry our problem JSON but its `text/plain` type: fixed as the head
 * goes out (it writes status and headers in one writeHead call).
 */
function labelProblems(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.at(-1);
    if (status >= 400 && isProblemResponse(res) && Array.isArray(headers))
      for (let i = 0; i < headers.length; i += 2)
        if (String(headers[i]).toLowerCase() === 'content-type') headers[i + 1] = problemContentType;
    return writeHead(status, ...rest);
  }) as ServerResponse['writeHead'];
}

function assertTusRequest(req: FastifyRequest): void {
  if (req.headers['tus-resumable'] === undefined)
    throw new ProblemError(
      problem(412, 'Send Tus-Resumable: 1.0.0 (this is a tus 1.0 endpoint).', 'UPLOAD_PROTOCOL'),
    );
}

/**
 * tus 1.0 under /v1/uploads: OPTIONS (discovery) for anyone; POST creates (reserving the space);
 * HEAD/PATCH/DELETE only for the upload's creator. Each request is checked here, then handed whole
 * to @tus/server, which streams PATCH bodies into the storage's tus datastore.
 */
export function registerTusRoutes(app: FastifyInstance, deps: Deps): void {
  const tus = createTusServer(deps, app.log);
  const datastore = tus.datastore;

  const admission = new Admission();

  /** Hands the request to @tus/server; `entered` runs once tus has taken it (its lock requested). */
  async function handOver(
    req: FastifyRequest,
    reply: FastifyReply,
    call: TusCall | null,
    entered = () => {},
  ) {
    if (call) {
      rememberCall(req.raw, call);
      // Usage: the body's bytes (counted as they arrive, see rest/metering.ts) are this project's.
      attributeUsage(req, call.scope.org.id, call.ticket.projectId);
    }
    // A client gone while we checked: nothing to answer, and no lock to take for it.
    if (req.raw.destroyed) {
      entered();
      return reply.hijack();
    }
    // Headers set so far (a refreshed session cookie) go out with tus's answer.
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) reply.raw.setHeader(name, value);
    reply.hijack();
    labelProblems(reply.raw);
    if (req.method === 'PATCH' || req.method === 'POST') {
      watchTransferRate(req.raw);
      continueBody(req, reply);
    }
    const handled = tus.handle(req.raw, reply.raw);
    // tus asks for its lock within the microtasks that follow: let the next request in after them.
    setImmediate(entered);
    await handled;
  }

  const { discovery, creation, access } = tusRouteOptions;
  app.options('/uploads', discovery, (req, reply) => handOver(req, reply, null));
  app.options('/uploads/:id', discovery, (req, reply) => handOver(req, reply, null));

  app.post('/uploads', creation, async (req, reply) => {
    assertTusRequest(req);
    const call = await prepareCreation(req, reply, deps);
    await handOver(req, reply, call);
    // Not created (the store failed, or the client left before tus ran): the reservation goes.
    // A created upload stays resumable, whatever this request's answer.
    const answered = reply.raw.headersSent && reply.raw.statusCode < 400;
    if (!answered && !(await datastore.getUpload(call.uploadId).catch(() => null)))
      await abandon(deps, call.scope.em, call.ticket, req.log);
  });

  const accessHandler = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const turn = admission.enter(req.params.id);
    let call: TusCall;
    try {
      await turn.ready;
      assertTusRequest(req);
      call = await prepareAccess(req, reply, deps, datastore, req.params.id);
      // Termination: the reservation is released before the answer; tus then removes the files.
      if (req.method === 'DELETE') await abandon(deps, call.scope.em, call.ticket, req.log, []);
    } catch (error) {
      turn.release();
      throw error;
    }
    await handOver(req, reply, call, turn.release);
  };
  // One route per method: each is documented on its own (see openapi-uploads.ts).
  for (const method of ['HEAD', 'PATCH', 'DELETE'] as const)
    app.route({ method, url: '/uploads/:id', ...access[method], handler: accessHandler });
}
