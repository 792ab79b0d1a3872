// Written by `pnpm --filter @roster/db migration:create`: the migrations of this dialect, in order.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123115440_init } from './Migration20261123115440_init.js';
import { Migration20261123141037_projects_invitations_notifications } from './Migration20261123141037_projects_invitations_notifications.js';
import { Migration20261130041953_account_tokens } from './Migration20261130041953_account_tokens.js';
import { Migration20261130042153_email_delivery_lease } from './Migration20261130042153_email_delivery_lease.js';
import { Migration20261130072801_events_outbox } from './Migration20261130072801_events_outbox.js';
import { Migration20261130101155_session_activity } from './Migration20261130101155_session_activity.js';
import { Migration20261130131314_content } from './Migration20261130131314_content.js';
import { Migration20261130155958_api_keys_usage } from './Migration20261130155958_api_keys_usage.js';
import { Migration20261130193111_audit_stats_plugins } from './Migration20261130193111_audit_stats_plugins.js';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261123115440_init', class: Migration20261123115440_init },
  { name: 'Migration20261123141037_projects_invitations_notifications', class: Migration20261123141037_projects_invitations_notifications },
  { name: 'Migration20261130041953_account_tokens', class: Migration20261130041953_account_tokens },
  { name: 'Migration20261130042153_email_delivery_lease', class: Migration20261130042153_email_delivery_lease },
  { name: 'Migration20261130072801_events_outbox', class: Migration20261130072801_events_outbox },
  { name: 'Migration20261130101155_session_activity', class: Migration20261130101155_session_activity },
  { name: 'Migration20261130131314_content', class: Migration20261130131314_content },
  { name: 'Migration20261130155958_api_keys_usage', class: Migration20261130155958_api_keys_usage },
  { name: 'Migration20261130193111_audit_stats_plugins', class: Migration20261130193111_audit_stats_plugins },
];
