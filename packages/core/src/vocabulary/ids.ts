import { z } from 'zod';

export const orgIdSchema = z.uuid({ error: 'Not a valid organization id.' });
export const userIdSchema = z.uuid({ error: 'Not a valid user id.' });
export const projectIdSchema = z.uuid({ error: 'Not a valid project id.' });
export const invitationIdSchema = z.uuid({ error: 'Not a valid invitation id.' });
