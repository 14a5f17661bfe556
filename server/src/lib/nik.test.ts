import { describe, expect, it } from 'vitest';
import { kkProblem, nikProblem, parseNik } from './nik.ts';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('parseNik', () => {
  it('reads region prefix, birth date and gender of a man', () => {
    const parsed = parseNik('3212011705850001');
    expect(parsed).toEqual({
      ok: true,
      value: { regionPrefix: '321201', provinceCode: '32', day: 17, month: 5, yearTwoDigits: 85, gender: 'MALE', serial: '0001' },
    });
  });

  it('reads a woman from a day written + 40', () => {
    const parsed = parseNik('3212015705850002');
    expect(parsed.ok && parsed.value).toMatchObject({ day: 17, gender: 'FEMALE' });
  });

  it.each([
    ['321201170585000', 'exactly 16 digits'],
    ['32120117058500011', 'exactly 16 digits'],
    ['32120117058500a1', 'exactly 16 digits'],
    ['9912011705850001', 'not a province code'],
    ['3200011705850001', 'regency and district'],
    ['3212013202850001', 'not a real date'],
    ['3212017202850001', 'not a real date'],
    ['3212011713850001', 'not a real date'],
    ['3212010005850001', 'not a real date'],
    ['3212013104850001', 'not a real date'],
    ['3212011705850000', 'cannot be 0000'],
  ])('rejects %s (%s)', (nik, reason) => {
    const parsed = parseNik(nik);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason.en).toContain(reason);
  });

  it('accepts 29 February only where a century makes it a leap year', () => {
    expect(parseNik('3212012902000001').ok).toBe(true); // 2000
    expect(parseNik('3212012902040001').ok).toBe(true); // 1904 / 2004
    expect(parseNik('3212012902010001').ok).toBe(false); // 1901 / 2001
  });
});

describe('nikProblem', () => {
  it('accepts a NIK that matches birth date and gender', () => {
    expect(nikProblem('3212015705850002', { birthDate: utc(1985, 5, 17), gender: 'FEMALE' })).toBeNull();
  });

  it('names the expected date part when the birth date differs', () => {
    expect(nikProblem('3212011705850001', { birthDate: utc(1985, 5, 18), gender: 'MALE' })?.en).toContain('expected 180585');
  });

  it('explains the + 40 rule when gender and NIK disagree', () => {
    expect(nikProblem('3212011705850001', { birthDate: utc(1985, 5, 17), gender: 'FEMALE' })?.en).toMatch(/date part|\+ 40/);
    expect(nikProblem('3212015705850001', { birthDate: utc(1985, 5, 17), gender: 'MALE' })?.en).toContain('woman');
  });
});

describe('kkProblem', () => {
  it('accepts a family-card number with a real prefix', () => {
    expect(kkProblem('3212010101100001')).toBeNull();
  });
  it('rejects a wrong length or province', () => {
    expect(kkProblem('32120101011')?.en).toContain('16 digits');
    expect(kkProblem('0012010101100001')?.en).toContain('province');
  });
});
