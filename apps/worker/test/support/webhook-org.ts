import type { MikroORM } from '@mikro-orm/core';
import {
  createProject,
  installPlugin,
  loadMembership,
  memberScope,
  type EventName,
  type JobQueue,
  type Scope,
} from '@roster/core';
import { WebhookDelivery, forkEm } from '@roster/db';
import { seedOrganization } from '@roster/testing/factories';

/** An organization (owner + an admin) with a webhook installed by its owner. */
export interface WebhookOrg {
  orgId: string;
  pluginId: string;
  /** The webhook's signing secret, as install showed it once. */
  secret: string;
  /** A fresh scope of the owner (one per use case call). */
  owner(): Promise<Scope>;
  /** Creates a project (records `project.created`); answers its id. */
  createProject(name?: string): Promise<string>;
  /** This webhook's delivery rows. */
  deliveries(): Promise<WebhookDelivery[]>;
}

let counter = 0;

export async function setUpWebhookOrg(
  orm: MikroORM,
  jobs: JobQueue,
  url: string,
  events: EventName[] = ['project.created'],
): Promise<WebhookOrg> {
  const org = await seedOrganization(orm, { members: ['admin'] });
  const owner = async () => {
    const em = forkEm(orm);
    const membership = await loadMembership(em, org.owner.id, org.id);
    return memberScope({ em, jobs }, { ...org.owner, emailVerified: true }, membership);
  };
  const installed = await installPlugin(
    await owner(),
    { kind: 'webhook', config: { url, events } },
    { allowPrivateWebhooks: true },
  );
  const pluginId = installed.plugin.id;
  return {
    orgId: org.id,
    pluginId,
    secret: installed.secret!,
    owner,
    async createProject(name = `Project ${++counter}`) {
      return (await createProject(await owner(), { name, visibility: 'members' })).id;
    },
    deliveries: () =>
      forkEm(orm).find(WebhookDelivery, { plugin: pluginId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
  };
}
