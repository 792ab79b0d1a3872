// The browser-safe surface of core: schemas, constants and the permission table. The web app
// imports only this entry (ARCHITECTURE rule 4).
export * from './auth/schemas.js';
export * from './organizations/constants.js';
export * from './organizations/schemas.js';
export { can, orgPermissions } from './permissions/table.js';
export type { OrgPermission } from './permissions/table.js';
export type { Reason } from './errors.js';
