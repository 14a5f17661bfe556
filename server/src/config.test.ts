import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('PILAR_WORKERS', () => {
  it('is one process unless asked, and a number or auto otherwise', () => {
    expect(readConfig({}).workers).toBe(1);
    expect(readConfig({ PILAR_WORKERS: '3', DATABASE_URL: 'postgresql://db/pilar' }).workers).toBe(3);
    expect(readConfig({ PILAR_WORKERS: 'auto', DATABASE_URL: 'postgresql://db/pilar' }).workers).toBeGreaterThanOrEqual(1);
  });

  it('refuses several processes on the embedded database, saying why', () => {
    expect(() => readConfig({ PILAR_WORKERS: '2' })).toThrow(/needs PostgreSQL \(DATABASE_URL\).*PGlite/);
    expect(() => readConfig({ PILAR_WORKERS: 'many', DATABASE_URL: 'postgresql://db/pilar' })).toThrow(/whole number from 1 to 64, or auto/);
    expect(() => readConfig({ PILAR_WORKERS: '0', DATABASE_URL: 'postgresql://db/pilar' })).toThrow(/PILAR_WORKERS/);
  });
});

describe('METRICS_TOKEN', () => {
  it('is off unless set, and refuses a token too short to guard /metrics', () => {
    expect(readConfig({}).metricsToken).toBeNull();
    expect(readConfig({ METRICS_TOKEN: ' 0123456789abcdef0123 ' }).metricsToken).toBe('0123456789abcdef0123');
    expect(() => readConfig({ METRICS_TOKEN: 'short' })).toThrow(/at least 16 characters/);
  });
});
