import { z } from 'zod';

/** What the verify-email link and a resend answer: the address concerned. */
export const emailAddressDtoSchema = z.object({ email: z.string() });

export type EmailAddressDto = z.infer<typeof emailAddressDtoSchema>;

/** A request answered the same whatever it found (a password reset for any address). */
export const okDtoSchema = z.object({ ok: z.literal(true) });

export type OkDto = z.infer<typeof okDtoSchema>;
