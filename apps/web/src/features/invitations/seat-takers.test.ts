import { describe, expect, it } from 'vitest';
import { seatTakers } from './seat-takers';

describe('seatTakers', () => {
  const members = new Set(['ann@x.example']);
  const invited = new Set(['bob@x.example']);

  it('counts valid, distinct addresses of people neither in nor invited', () => {
    expect(seatTakers('cat@x.example, dan@x.example', members, invited)).toBe(2);
    expect(seatTakers('cat@x.example CAT@x.example\n cat@x.example', members, invited)).toBe(1);
  });

  it('leaves out invalid addresses, members and pending invitees', () => {
    expect(seatTakers('not-an-email, ann@x.example, Bob@X.example, eve@x.example', members, invited)).toBe(1);
    expect(seatTakers('', members, invited)).toBe(0);
  });
});
