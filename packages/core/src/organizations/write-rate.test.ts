import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.js';
import { OrganizationWriteRate } from './write-rate.js';

function refusal(take: () => void): DomainError {
  try {
    take();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('OrganizationWriteRate', () => {
  it('lets a burst through, then paces one organization without touching another', () => {
    let now = 0;
    const rate = new OrganizationWriteRate({ burst: 3, perSecond: 2 }, () => now);
    for (let i = 0; i < 3; i++) rate.take('acme');
    const refused = refusal(() => rate.take('acme'));
    expect(refused.reason).toBe('ORG_RATE_LIMITED');
    expect(refused.details.retryAfterSeconds).toBe(1);
    rate.take('globex'); // another organization has its own bucket

    now = 500; // half a second: one write's worth at 2 per second
    rate.take('acme');
    expect(refusal(() => rate.take('acme')).reason).toBe('ORG_RATE_LIMITED');
  });

  it('refills up to the burst, not beyond', () => {
    let now = 0;
    const rate = new OrganizationWriteRate({ burst: 2, perSecond: 10 }, () => now);
    rate.take('acme');
    now = 60_000;
    rate.take('acme');
    rate.take('acme');
    expect(refusal(() => rate.take('acme')).reason).toBe('ORG_RATE_LIMITED');
  });
});
