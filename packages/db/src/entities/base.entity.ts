import { randomUUID } from 'node:crypto';
import { EntitySchema, t, type Opt } from '@mikro-orm/core';

/** Ids are UUIDs made by the application, so an entity has its id before it is flushed. */
export abstract class BaseEntity {
  id: Opt<string> = randomUUID();
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
}

export const BaseEntitySchema = new EntitySchema<BaseEntity>({
  name: 'BaseEntity',
  abstract: true,
  properties: {
    id: { type: 'uuid', primary: true },
    createdAt: { type: t.datetime, onCreate: () => new Date() },
    updatedAt: { type: t.datetime, onCreate: () => new Date(), onUpdate: () => new Date() },
  },
});
