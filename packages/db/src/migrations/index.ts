import type { MigrationObject } from '@mikro-orm/core';
import type { Dialect } from '../orm.js';
import { migrations as postgresql } from './postgresql/index.js';
import { migrations as sqlite } from './sqlite/index.js';

export const migrations: Record<Dialect, MigrationObject[]> = { postgresql, sqlite };
