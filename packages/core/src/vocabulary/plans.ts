export const plans = ['free', 'team', 'enterprise'] as const;
export type Plan = (typeof plans)[number];

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const TiB = 1024 ** 4;

/** Seats per plan (members + pending invitations); null = unlimited. */
export const planSeats: Record<Plan, number | null> = { free: 5, team: 50, enterprise: null };

/** Storage per plan in bytes (uploading + stored blobs); null = unlimited (PRODUCT.md §12). */
export const planStorageBytes: Record<Plan, number | null> = { free: GiB, team: TiB, enterprise: null };

/** The largest file per plan in bytes; null = no limit. */
export const planLargestFileBytes: Record<Plan, number | null> = {
  free: 100 * MiB,
  team: 5 * GiB,
  enterprise: 50 * GiB,
};
