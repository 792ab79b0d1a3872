import { trpc } from '../../lib/trpc';

/** The account page's person, with the new address waiting for confirmation. */
export const accountQuery = () => trpc.account.get.queryOptions();

/** Where the person is signed in, this device first. */
export const sessionsQuery = () => trpc.account.sessions.queryOptions();
