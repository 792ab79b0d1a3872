import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../components/ui/avatar';
import { ownedOrgsLabel, planAndSeatsLabel, seatsLabel, seatsLeftLabel, seatsUsage } from './org-format';

describe('seats', () => {
  it('shows used / limit, and "Unlimited" when the plan has no limit', () => {
    expect(seatsLabel({ used: 3, limit: 5 })).toBe('3 / 5');
    expect(seatsLabel({ used: 120, limit: null })).toBe('120 / Unlimited');
  });

  it('measures usage between 0 and 1, none when unlimited', () => {
    expect(seatsUsage({ used: 1, limit: 5 })).toBe(0.2);
    expect(seatsUsage({ used: 7, limit: 5 })).toBe(1);
    expect(seatsUsage({ used: 7, limit: null })).toBeNull();
  });

  it('says how many seats are left', () => {
    expect(seatsLeftLabel({ used: 1, limit: 5 })).toBe('4 seats left');
    expect(seatsLeftLabel({ used: 4, limit: 5 })).toBe('1 seat left');
    expect(seatsLeftLabel({ used: 6, limit: 5 })).toBe('No seats left');
    expect(seatsLeftLabel({ used: 6, limit: null })).toBe('Unlimited seats');
  });
});

describe('the switcher', () => {
  it('names the plan and the seats in use against its limit', () => {
    expect(planAndSeatsLabel({ plan: 'team', seats: { used: 12, limit: 50 } })).toBe('Team · 12/50 seats');
    expect(planAndSeatsLabel({ plan: 'enterprise', seats: { used: 120, limit: null } })).toBe(
      'Enterprise · 120 seats',
    );
    expect(planAndSeatsLabel({ plan: 'enterprise', seats: { used: 1, limit: null } })).toBe(
      'Enterprise · 1 seat',
    );
  });

  it('says how many organizations the person owns of their limit', () => {
    expect(ownedOrgsLabel({ count: 3, limit: 3 })).toBe('You own 3 of 3 organizations');
    expect(ownedOrgsLabel({ count: 0, limit: 1 })).toBe('You own 0 of 1 organization');
  });
});

describe('initialsOf', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initialsOf('Northwind Traders')).toBe('NT');
    expect(initialsOf('  jane  ')).toBe('J');
    expect(initialsOf('Ana María de la Cruz')).toBe('AC');
    expect(initialsOf('')).toBe('?');
  });
});
