export const plans = ['free', 'team', 'enterprise'] as const;
export type Plan = (typeof plans)[number];
