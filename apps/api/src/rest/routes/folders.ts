import { createFolder, deleteFolder, getFolder, updateFolder } from '@roster/core';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.js';
import { sendFolderZip } from '../download/zip.js';
import { createFolderBody, folderParams, projectParams, updateFolderBody } from '../params.js';
import { itemScope, projectScope } from '../resource-org.js';

export function folderRoutes(app: FastifyInstance, deps: Deps): void {
  app.post('/projects/:projectId/folders', async (req, reply) => {
    const { projectId } = projectParams.parse(req.params);
    const scope = await projectScope(req, reply, deps, projectId);
    const body = createFolderBody.parse(req.body);
    return reply.code(201).send(await createFolder(scope, { projectId, ...body }));
  });

  /** Rename and/or move (parentId null: to the project's root). */
  app.patch('/folders/:folderId', async (req, reply) => {
    const { folderId } = folderParams.parse(req.params);
    const scope = (await itemScope(req, reply, deps, folderId, 'folder')).scope;
    const body = updateFolderBody.parse(req.body);
    return updateFolder(scope, { folderId, ...body });
  });

  /** Deletes the folder with everything inside; answers what went. */
  app.delete('/folders/:folderId', async (req, reply) => {
    const { folderId } = folderParams.parse(req.params);
    const scope = (await itemScope(req, reply, deps, folderId, 'folder')).scope;
    return deleteFolder(scope, { folderId });
  });

  /** The folder with everything inside as a zip, streamed (see sendFolderZip). */
  app.route({
    method: ['GET', 'HEAD'],
    url: '/folders/:folderId/zip',
    exposeHeadRoute: false,
    handler: async (req, reply) => {
      const { folderId } = folderParams.parse(req.params);
      const { scope, projectId } = await itemScope(req, reply, deps, folderId, 'folder');
      const folder = await getFolder(scope, { folderId });
      return sendFolderZip(req, reply, deps.storage, { scope, projectId, folderId, name: folder.name });
    },
  });
}
