import {
  createFolder,
  deleteFolder,
  folderDtoSchema,
  folderSummaryDtoSchema,
  getFolder,
  updateFolder,
} from '@roster/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.js';
import { sendFolderZip } from '../download/zip.js';
import { anyCredential, binary, commonProblems, json, problems } from '../openapi-schemas.js';
import { createFolderBody, folderParams, projectParams, updateFolderBody } from '../params.js';
import { itemScope, projectScope } from '../resource-org.js';

const tags = ['Folders'];

export function folderRoutes(app: FastifyInstance, deps: Deps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post('/projects/:projectId/folders', {
    config: { scope: 'content:write' },
    schema: {
      summary: 'Create a folder',
      description:
        "A folder in the project's root or in `parentId`. A name taken among its siblings: 409, unless `onConflict: rename` (then `Name (1)`).",
      tags,
      security: anyCredential,
      params: projectParams,
      body: createFolderBody,
      response: {
        201: json(folderDtoSchema, 'The folder made.'),
        ...problems(...commonProblems, 409, 412),
      },
    },
    handler: async (req, reply) => {
      const { projectId } = req.params;
      const scope = await projectScope(req, reply, deps, projectId);
      return reply.code(201).send(await createFolder(scope, { projectId, ...req.body }));
    },
  });

  api.patch('/folders/:folderId', {
    config: { scope: 'content:write' },
    schema: {
      summary: 'Rename or move a folder',
      description: "A new `name`, a new `parentId` (null: to the project's root), or both.",
      tags,
      security: anyCredential,
      params: folderParams,
      body: updateFolderBody,
      response: {
        200: json(folderDtoSchema, 'The folder as it is now.'),
        ...problems(...commonProblems, 409, 412),
      },
    },
    handler: async (req, reply) => {
      const { folderId } = req.params;
      const scope = (await itemScope(req, reply, deps, folderId, 'folder')).scope;
      return updateFolder(scope, { folderId, ...req.body });
    },
  });

  api.delete('/folders/:folderId', {
    config: { scope: 'content:write' },
    schema: {
      summary: 'Delete a folder',
      description: 'Deletes the folder with everything inside it (managers); answers what went.',
      tags,
      security: anyCredential,
      params: folderParams,
      response: {
        200: json(
          folderSummaryDtoSchema,
          'The folder deleted: its path and how many folders, files and bytes went.',
        ),
        ...problems(...commonProblems, 412),
      },
    },
    handler: async (req, reply) => {
      const { folderId } = req.params;
      const scope = (await itemScope(req, reply, deps, folderId, 'folder')).scope;
      return deleteFolder(scope, { folderId });
    },
  });

  api.route({
    method: ['GET', 'HEAD'],
    url: '/folders/:folderId/zip',
    exposeHeadRoute: false,
    config: { scope: 'content:read' },
    schema: {
      summary: 'Download a folder as a zip',
      description:
        'The folder with everything inside it as a zip, streamed as it is made (no Content-Length). HEAD answers the headers only.',
      tags,
      security: anyCredential,
      params: folderParams,
      response: {
        200: binary('application/zip', 'The zip, as an attachment named after the folder.', {
          'Content-Disposition': { type: 'string', description: 'attachment; filename="<folder>.zip"' },
        }),
        ...problems(...commonProblems),
      },
    },
    handler: async (req, reply) => {
      const { folderId } = req.params;
      const { scope, projectId } = await itemScope(req, reply, deps, folderId, 'folder');
      const folder = await getFolder(scope, { folderId });
      return sendFolderZip(req, reply, deps.storage, { scope, projectId, folderId, name: folder.name });
    },
  });
}
