import { roster } from '@roster/config/eslint';

const browserSafe = {
  group: ['@roster/db', '@roster/db/*', 'node:*', '@mikro-orm/*', 'bullmq', 'ioredis', 'lucia'],
  message: 'browser-safe code imports no server modules.',
};

/**
 * Core's domain folders (src/<folder>/), low → high: a folder imports only the folders before it,
 * and the root files (errors.ts, scope.ts) from anywhere. index.ts and browser.ts are not layered.
 */
const layers = [
  'vocabulary', // the shared words (roles, plans, ids, statuses, token format): imports no folder
  'common', // text schemas, redaction, wait phrases: plain helpers any domain uses
  'jobs', // the job contracts and the queue: producers in every domain enqueue through them
  'events', // event contracts (name → payload): recorded by any use case, read by subscribers
  'permissions', // the role → permission tables: pure, over the vocabulary's roles
  'users', // a user's row: lock, DTO, password hashing, the verified-address check and its marking
  'emails', // the email ledger and delivery keys: recorded by invitations, account and auth
  'notifications', // the bell: written for invitations and memberships
  'organizations', // organizations, their lock and write rate; checks permissions, locks users
  'projects', // projects and project members: inside an organization
  'api-keys', // the organization's API keys: format, create/list/revoke, lookup, what a key may see
  'usage', // usage metering: Redis counters, the exactly-once rollup, summaries and series
  'content', // folders, assets, uploads and their storage quota: inside a project
  'memberships', // members of an organization; leaving may create an organization
  'invitations', // invites people into organizations and projects; records emails, notifies
  'account', // verify-email and password reset links
  'auth', // sign-up and sign-in: create organizations, accept invitations, issue account links
  'subscribers', // event subscribers, dispatch and the email sweep: may import everything
];

const above = (folder) => layers.slice(layers.indexOf(folder) + 1);
const layerRule = (folder) => ({
  group: above(folder).map((f) => `../${f}/*`),
  message: `${folder}/ may not import a folder above it (layers in packages/core/eslint.config.js): take the shared word from vocabulary/, or move the helper down.`,
});
/** Wholly browser-safe folders (tokens.ts uses node:crypto and is kept out of browser.ts). */
const browserFolders = ['vocabulary', 'common', 'permissions'];
const browserFiles = (folder) =>
  browserFolders.includes(folder)
    ? [`src/${folder}/**`]
    : [`src/${folder}/schemas.ts`, `src/${folder}/constants.ts`];
export default roster({
  forbid: [
    {
      group: [
        '@roster/api',
        '@roster/api/*',
        '@roster/worker',
        '@roster/worker/*',
        '@roster/web',
        '@roster/web/*',
        '@roster/emails',
        '@roster/emails/*',
      ],
      message: 'core is the domain: it never imports the apps or the email templates (ARCHITECTURE rule 4).',
    },
  ],
  // A later zone replaces an earlier one's list for the files they share, so each zone below
  // repeats every restriction its files need.
  zones: [
    {
      // The browser entry and everything it reaches must run in a browser: no database, no Node.
      files: [
        'src/browser.ts',
        'src/**/schemas.ts',
        'src/**/constants.ts',
        ...browserFolders.map((f) => `src/${f}/**`),
      ],
      forbid: [browserSafe],
    },
    ...layers.slice(0, -1).flatMap((folder) => [
      { files: [`src/${folder}/**`], forbid: [layerRule(folder)] },
      { files: browserFiles(folder), forbid: [layerRule(folder), browserSafe] },
    ]),
    // The node:crypto half of the link tokens: layered, not browser-safe (not in browser.ts).
    { files: ['src/vocabulary/tokens.ts'], forbid: [layerRule('vocabulary')] },
  ],
});
