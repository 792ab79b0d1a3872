// Written by `pnpm --filter @roster/db migration:create`: the migrations of this dialect, in order.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123115440_init } from './Migration20261123115440_init.js';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261123115440_init', class: Migration20261123115440_init },
];
