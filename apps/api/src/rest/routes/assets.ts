import { assetDtoSchema, deleteAsset, getAsset, loadAssetForDownload, updateAsset } from '@roster/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.js';
import { sendAsset } from '../download/send-asset.js';
import {
  anyCredential,
  binary,
  commonProblems,
  empty,
  json,
  problems,
  type HeaderDoc,
} from '../openapi-schemas.js';
import { assetParams, updateAssetBody } from '../params.js';
import { itemScope, readInItemScope } from '../resource-org.js';

const tags = ['Assets'];

const downloadHeaders: Record<string, HeaderDoc> = {
  ETag: { type: 'string', description: "The file's SHA-256, quoted (strong)." },
  'Last-Modified': { type: 'string', description: 'When the file last changed.' },
  'Accept-Ranges': { type: 'string', description: '`bytes`' },
  'Content-Disposition': {
    type: 'string',
    description: "Always an attachment, under the file's name (RFC 6266).",
  },
};

export function assetRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/assets/:assetId', {
    config: { scope: 'content:read' },
    schema: {
      summary: 'Get a file',
      description: "A file's metadata: name, folder, size, sniffed type, SHA-256, who uploaded it and when.",
      tags,
      security: anyCredential,
      params: assetParams,
      response: { 200: json(assetDtoSchema, 'The file.'), ...problems(...commonProblems) },
    },
    handler: async (req, reply) => {
      const { assetId } = req.params;
      return readInItemScope(req, reply, deps, { id: assetId, kind: 'asset' }, (scope) =>
        getAsset(scope, { assetId }),
      );
    },
  });

  api.patch('/assets/:assetId', {
    config: { scope: 'content:write' },
    schema: {
      summary: 'Rename or move a file',
      description:
        'A new `name`, `folderId` (null: the root) and/or `projectId` (another project of the same organization). A name taken there: 409, unless `onConflict` is `rename` or `replace`.',
      tags,
      security: anyCredential,
      params: assetParams,
      body: updateAssetBody,
      response: {
        200: json(assetDtoSchema, 'The file as it is now.'),
        ...problems(...commonProblems, 409, 412),
      },
    },
    handler: async (req, reply) => {
      const { assetId } = req.params;
      const { scope } = await itemScope(req, reply, deps, assetId, 'asset');
      return updateAsset(scope, { assetId, ...req.body });
    },
  });

  api.delete('/assets/:assetId', {
    config: { scope: 'content:write' },
    schema: {
      summary: 'Delete a file',
      tags,
      security: anyCredential,
      params: assetParams,
      response: { 204: empty('Deleted.'), ...problems(...commonProblems, 412) },
    },
    handler: async (req, reply) => {
      const { assetId } = req.params;
      await deleteAsset((await itemScope(req, reply, deps, assetId, 'asset')).scope, { assetId });
      return reply.code(204).send();
    },
  });

  api.route({
    method: ['GET', 'HEAD'],
    url: '/assets/:assetId/content',
    exposeHeadRoute: false,
    config: { scope: 'content:read' },
    schema: {
      summary: "Download a file's bytes",
      description:
        'The bytes, always as an attachment. `Range: bytes=a-b` (one range) answers 206; `If-None-Match` with the ETag answers 304; `If-Range` is honoured. HEAD answers the headers only.',
      tags,
      security: anyCredential,
      params: assetParams,
      response: {
        200: binary(
          'application/octet-stream',
          'The whole file (its sniffed Content-Type, or application/octet-stream).',
          downloadHeaders,
        ),
        206: binary('application/octet-stream', 'The range asked for.', {
          ...downloadHeaders,
          'Content-Range': { type: 'string', description: '`bytes a-b/size`' },
        }),
        304: empty('The client holds this version (If-None-Match).', { ETag: downloadHeaders.ETag! }),
        ...problems(...commonProblems, 416),
      },
    },
    handler: async (req, reply) => {
      const { assetId } = req.params;
      const scope = (await itemScope(req, reply, deps, assetId, 'asset')).scope;
      return sendAsset(req, reply, deps.storage, await loadAssetForDownload(scope, assetId));
    },
  });
}
