import { deleteAsset, getAsset, loadAssetForDownload, updateAsset } from '@roster/core';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.js';
import { sendAsset } from '../download/send-asset.js';
import { assetParams, updateAssetBody } from '../params.js';
import { itemScope } from '../resource-org.js';

export function assetRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/assets/:assetId', async (req, reply) => {
    const { assetId } = assetParams.parse(req.params);
    return getAsset((await itemScope(req, reply, deps, assetId, 'asset')).scope, { assetId });
  });

  /** Rename and/or move (to another folder, or another project of the same organization). */
  app.patch('/assets/:assetId', async (req, reply) => {
    const { assetId } = assetParams.parse(req.params);
    const { scope } = await itemScope(req, reply, deps, assetId, 'asset');
    return updateAsset(scope, { assetId, ...updateAssetBody.parse(req.body) });
  });

  app.delete('/assets/:assetId', async (req, reply) => {
    const { assetId } = assetParams.parse(req.params);
    await deleteAsset((await itemScope(req, reply, deps, assetId, 'asset')).scope, { assetId });
    return reply.code(204).send();
  });

  /** The bytes: Range, ETag/If-None-Match, always as an attachment (see sendAsset). */
  app.route({
    method: ['GET', 'HEAD'],
    url: '/assets/:assetId/content',
    exposeHeadRoute: false,
    handler: async (req, reply) => {
      const { assetId } = assetParams.parse(req.params);
      const scope = (await itemScope(req, reply, deps, assetId, 'asset')).scope;
      return sendAsset(req, reply, deps.storage, await loadAssetForDownload(scope, assetId));
    },
  });
}
