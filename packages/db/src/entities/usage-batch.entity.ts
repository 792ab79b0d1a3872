import { EntitySchema, t, type Opt } from '@mikro-orm/core';

/**
 * A usage rollup batch applied to `usage_daily`, inserted in the same transaction as its counts:
 * replaying a batch finds its id here and changes nothing. Rows older than 35 days are deleted.
 */
export class UsageBatch {
  id!: string;
  appliedAt: Opt<Date> = new Date();
}

export const UsageBatchSchema = new EntitySchema<UsageBatch>({
  class: UsageBatch,
  tableName: 'usage_batches',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    appliedAt: { type: t.datetime, index: 'usage_batches_applied_at_index' },
  },
});
