import { describe, expect, it } from 'vitest';
import { expiryOfDay, tokenStatus } from '../../admin/src/resources/apiTokens/tokenRules.ts';

describe('API token rules', () => {
  it('makes a token picked "valid until" a day valid to the end of that local day', () => {
    expect(expiryOfDay('2025-03-31')).toBe(new Date(2025, 3, 1).toISOString());
    expect(expiryOfDay('')).toBeNull();
    expect(expiryOfDay(null)).toBeNull();
  });

  it('tells revoked, expired and active tokens apart', () => {
    const now = new Date('2025-06-01T00:00:00Z');
    expect(tokenStatus({ revokedAt: '2025-05-01T00:00:00Z', expiresAt: null }, now)).toBe('revoked');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2025-05-31T17:00:00Z' }, now)).toBe('expired');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2025-06-02T00:00:00Z' }, now)).toBe('active');
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active');
  });
});
