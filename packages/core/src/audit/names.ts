import { Invitation, Plugin, Project, User, type EntityManager } from '@roster/db';

/** The kinds of target whose name an event's payload may not carry: looked up when recorded. */
export interface NameLookup {
  user(id: string): Promise<string | null>;
  project(id: string): Promise<string | null>;
  /** An invitation is named by its address. */
  invitation(id: string): Promise<string | null>;
  plugin(id: string): Promise<string | null>;
}

type Named = typeof User | typeof Project | typeof Plugin;

/**
 * Names as they are in the change's transaction: an entity the use case already loaded costs no
 * statement; another is read (without entering the identity map, so nothing is tracked for it).
 */
export function namesIn(em: EntityManager): NameLookup {
  async function nameOf(entity: Named, id: string): Promise<string | null> {
    const known = em.getUnitOfWork().getById(entity.name, id as never) as { name?: string } | undefined;
    if (known?.name !== undefined) return known.name;
    const row = await em.findOne(entity, id, { fields: ['name'], disableIdentityMap: true });
    return row?.name ?? null;
  }
  return {
    user: (id) => nameOf(User, id),
    project: (id) => nameOf(Project, id),
    plugin: (id) => nameOf(Plugin, id),
    async invitation(id) {
      const known = em.getUnitOfWork().getById(Invitation.name, id as never) as Invitation | undefined;
      if (known?.email !== undefined) return known.email;
      const row = await em.findOne(Invitation, id, { fields: ['email'], disableIdentityMap: true });
      return row?.email ?? null;
    },
  };
}
