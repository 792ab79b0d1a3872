import type { User } from '@roster/db';

export interface UserDto {
  id: string;
  email: string;
  name: string;
  /** Whether the user proved they receive mail at `email`; until then they cannot invite or see invitations. */
  emailVerified: boolean;
}

export function toUserDto(user: Pick<User, 'id' | 'email' | 'name' | 'emailVerifiedAt'>): UserDto {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerifiedAt !== null };
}

/** What signing in, signing up or resetting a password answers: the user and the organization to open. */
export interface AuthResult {
  user: UserDto;
  orgId: string;
}
