import type { User } from '@roster/db';
import { z } from 'zod';

/** A person's account as the API shows it to themselves. */
export const userDtoSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  /** Whether the user proved they receive mail at `email`; until then they cannot invite or see invitations. */
  emailVerified: z.boolean(),
});

export type UserDto = z.infer<typeof userDtoSchema>;

export function toUserDto(user: Pick<User, 'id' | 'email' | 'name' | 'emailVerifiedAt'>): UserDto {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerifiedAt !== null };
}

/** What signing in, signing up or resetting a password answers: the user and the organization to open. */
export const authResultSchema = z.object({ user: userDtoSchema, orgId: z.uuid() });

export type AuthResult = z.infer<typeof authResultSchema>;
