import type { contentEvents } from '../events/content.js';
import type { projectEvents } from '../events/projects.js';
import { summary, type DescribeContext, type Describers } from './describer.js';

const project = async (id: string, { names }: DescribeContext, name?: string) => ({
  targetType: 'project',
  targetId: id,
  targetName: name ?? (await names.project(id)),
});

/** A project member's change: the person is the target, the project is named in the summary. */
const projectMember = async (userId: string, projectId: string, { names }: DescribeContext) => ({
  target: { targetType: 'user', targetId: userId, targetName: await names.user(userId) },
  project: { projectId, projectName: await names.project(projectId) },
});

/** Projects and who is assigned to them. */
export const projectDescribers: Describers<keyof typeof projectEvents> = {
  'project.created': async (p, ctx) => ({
    ...(await project(p.projectId, ctx, p.name)),
    summary: summary(undefined, { name: p.name, visibility: p.visibility }),
  }),
  'project.updated': async (p, ctx) => ({
    ...(await project(p.projectId, ctx, p.changes.name)),
    summary: summary(undefined, p.changes),
  }),
  'project.archived': async (p, ctx) => ({
    ...(await project(p.projectId, ctx)),
    summary: summary({ archived: false }, { archived: true }),
  }),
  'project.restored': async (p, ctx) => ({
    ...(await project(p.projectId, ctx)),
    summary: summary({ archived: true }, { archived: false }),
  }),
  'project.member_added': async (p, ctx) => {
    const { target, project } = await projectMember(p.userId, p.projectId, ctx);
    return { ...target, summary: summary(undefined, { ...project, role: p.role }) };
  },
  'project.member_role_changed': async (p, ctx) => {
    const { target, project } = await projectMember(p.userId, p.projectId, ctx);
    return {
      ...target,
      summary: summary({ ...project, role: p.previousRole }, { ...project, role: p.role }),
    };
  },
  'project.member_removed': async (p, ctx) => {
    const { target, project } = await projectMember(p.userId, p.projectId, ctx);
    return { ...target, summary: summary(project) };
  },
};

const folder = (id: string, name: string) => ({ targetType: 'folder', targetId: id, targetName: name });
const asset = (id: string, name: string) => ({ targetType: 'asset', targetId: id, targetName: name });

/** Folders and files of a project's content. */
export const contentDescribers: Describers<keyof typeof contentEvents> = {
  'folder.created': (p) => ({
    ...folder(p.folderId, p.name),
    summary: summary(undefined, { name: p.name, projectId: p.projectId, parentId: p.parentId }),
  }),
  'folder.updated': (p) => ({
    ...folder(p.folderId, p.name),
    summary: summary(
      { name: p.previousName, parentId: p.previousParentId },
      {
        name: p.previousName === undefined ? undefined : p.name,
        parentId: p.previousParentId === undefined ? undefined : p.parentId,
      },
    ),
  }),
  'folder.deleted': (p) => ({
    ...folder(p.folderId, p.name),
    summary: summary({
      name: p.name,
      projectId: p.projectId,
      folders: p.folders,
      assets: p.assets,
      bytes: p.bytes,
    }),
  }),
  'asset.uploaded': (p) => ({
    ...asset(p.assetId, p.name),
    summary: summary(undefined, {
      name: p.name,
      size: p.size,
      projectId: p.projectId,
      folderId: p.folderId,
      replacedAssetId: p.replacedAssetId,
    }),
  }),
  'asset.updated': (p) => ({
    ...asset(p.assetId, p.name),
    summary: summary(
      { name: p.previousName, projectId: p.previousProjectId, folderId: p.previousFolderId },
      {
        name: p.previousName === undefined ? undefined : p.name,
        projectId: p.previousProjectId === undefined ? undefined : p.projectId,
        folderId: p.previousFolderId === undefined ? undefined : p.folderId,
        replacedAssetId: p.replacedAssetId,
      },
    ),
  }),
  'asset.deleted': (p) => ({
    ...asset(p.assetId, p.name),
    summary: summary({ name: p.name, size: p.size, projectId: p.projectId, folderId: p.folderId }),
  }),
};
