export const plans = ['free', 'team', 'enterprise'] as const;
export type Plan = (typeof plans)[number];

/** Seats per plan (members + pending invitations); null = unlimited. */
export const planSeats: Record<Plan, number | null> = { free: 5, team: 50, enterprise: null };
