import { describe, expect, it } from 'vitest';
import { notificationText } from './notification-text';

const data = { orgId: 'o1', orgName: 'Northwind' };

describe('notificationText', () => {
  it('says what happened, in a sentence', () => {
    expect(
      notificationText({
        type: 'invitation',
        data: { ...data, actorName: 'Jane Doe', role: 'admin', invitationId: 'i1' },
      }),
    ).toBe('Jane Doe invited you to join Northwind as admin');
    expect(notificationText({ type: 'role_changed', data: { ...data, role: 'admin' } })).toBe(
      'Your role in Northwind is now admin',
    );
    expect(notificationText({ type: 'removed', data })).toBe('You were removed from Northwind');
    expect(notificationText({ type: 'ownership_transferred', data: { ...data, role: 'owner' } })).toBe(
      'You are now the owner of Northwind',
    );
  });

  it('reads well without an actor or a role', () => {
    expect(notificationText({ type: 'invitation', data })).toBe(
      'Someone invited you to join Northwind as member',
    );
  });
});
