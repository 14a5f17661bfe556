import { describe, expect, it } from 'vitest';
import { nikSequence } from './generate.ts';
import { districtPrefixOf, makeKk, makeNik } from './nik.ts';
import { createRandom, day, mulberry32 } from './random.ts';

/** Reads a NIK's date part back, applying the century of `birthDate`; null if it is not a real date. */
function nikDate(nik: string, century: number): { date: Date; female: boolean } | null {
  const rawDay = Number(nik.slice(6, 8));
  const female = rawDay > 40;
  const dd = female ? rawDay - 40 : rawDay;
  const mm = Number(nik.slice(8, 10));
  const yyyy = century + Number(nik.slice(10, 12));
  const date = new Date(Date.UTC(yyyy, mm - 1, dd));
  const real = date.getUTCFullYear() === yyyy && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
  return real ? { date, female } : null;
}

describe('makeNik', () => {
  it('writes 16 digits: district prefix, DDMMYY birth date and a 4-digit serial', () => {
    const nik = makeNik({ districtPrefix: '321201', birthDate: day('1980-03-07'), gender: 'MALE', serial: 12 });
    expect(nik).toBe('3212010703800012');
  });

  it('adds 40 to the day of birth for women', () => {
    const nik = makeNik({ districtPrefix: '321201', birthDate: day('1980-03-07'), gender: 'FEMALE', serial: 12 });
    expect(nik).toBe('3212014703800012');
  });

  it('produces NIKs whose date part is a real date equal to the birth date, for any date and gender', () => {
    const random = createRandom(42);
    for (let i = 0; i < 5_000; i += 1) {
      const birthDate = random.date(day('1930-01-01'), day('2023-12-31'));
      const gender = random.chance(0.5) ? 'FEMALE' : 'MALE';
      const serial = random.int(1, 9999);
      const nik = makeNik({ districtPrefix: '321225', birthDate, gender, serial });
      expect(nik).toMatch(/^[0-9]{16}$/);
      expect(nik.slice(0, 6)).toBe('321225');
      expect(Number(nik.slice(12))).toBe(serial);
      const century = Math.floor(birthDate.getUTCFullYear() / 100) * 100;
      expect(nikDate(nik, century)).toEqual({ date: birthDate, female: gender === 'FEMALE' });
    }
  });

  it('handles 29 February and the last day of a month for women', () => {
    expect(makeNik({ districtPrefix: '321201', birthDate: day('2000-02-29'), gender: 'FEMALE', serial: 1 }).slice(6, 12)).toBe(
      '690200',
    );
    expect(makeNik({ districtPrefix: '321201', birthDate: day('1965-12-31'), gender: 'FEMALE', serial: 1 }).slice(6, 12)).toBe(
      '711265',
    );
  });

  it('rejects a malformed prefix, a zero regency or district code, and serials outside 1–9999', () => {
    const birthDate = day('1990-01-01');
    expect(() => makeNik({ districtPrefix: '32120', birthDate, gender: 'MALE', serial: 1 })).toThrow();
    expect(() => makeNik({ districtPrefix: '321200', birthDate, gender: 'MALE', serial: 1 })).toThrow();
    expect(() => makeNik({ districtPrefix: '320001', birthDate, gender: 'MALE', serial: 1 })).toThrow();
    expect(() => makeNik({ districtPrefix: '321201', birthDate, gender: 'MALE', serial: 0 })).toThrow();
    expect(() => makeNik({ districtPrefix: '321201', birthDate, gender: 'MALE', serial: 10_000 })).toThrow();
  });
});

describe('makeKk', () => {
  it('writes 16 digits with the district prefix, the issue date and the serial', () => {
    expect(makeKk('321201', 345, day('2016-08-09'))).toBe('3212010908160345');
  });

  it('keeps the regional prefix of the NIK', () => {
    const kk = makeKk('321231', 9999);
    expect(kk).toMatch(/^321231[0-9]{10}$/);
  });
});

describe('districtPrefixOf', () => {
  it('turns a dotted district or village code into the 6-digit NIK prefix', () => {
    expect(districtPrefixOf('32.12.01')).toBe('321201');
    expect(districtPrefixOf('32.12.01.2011')).toBe('321201');
  });
});

describe('mulberry32 / createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = mulberry32(20240521);
    const b = mulberry32(20240521);
    const c = mulberry32(20240522);
    const seqA = Array.from({ length: 10 }, a);
    expect(Array.from({ length: 10 }, b)).toEqual(seqA);
    expect(Array.from({ length: 10 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps int() and date() within their inclusive bounds', () => {
    const random = createRandom(7);
    const from = day('2024-05-01');
    const to = day('2024-05-31');
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i += 1) {
      const n = random.int(1, 3);
      seen.add(n);
      const d = random.date(from, to);
      expect(d.getTime()).toBeGreaterThanOrEqual(from.getTime());
      expect(d.getTime()).toBeLessThanOrEqual(to.getTime());
      expect(d.getUTCHours()).toBe(0);
    }
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});

describe('nikSequence (the scale generator)', () => {
  it('never repeats a NIK within a district and band, moving to the next serial once every date is used', () => {
    const next = nikSequence(createRandom(3), 5000);
    const village = { id: 1, districtId: 1, prefix: '321201' };
    // The child band spans 2007–2023: 6,209 days × 2 genders per serial.
    const draws = Array.from({ length: 6_209 * 2 * 2 + 10 }, () => next(village, 'child'));
    expect(new Set(draws.map((d) => d.nik)).size).toBe(draws.length);
    expect(draws[0]!.serial).toBe(5000);
    expect(draws[6_209 * 2]!.serial).toBe(5001);
    expect(draws.at(-1)!.serial).toBe(5002);
    for (const d of draws) {
      expect(d.nik).toBe(makeNik({ districtPrefix: '321201', birthDate: d.birthDate, gender: d.gender, serial: d.serial }));
      expect(d.birthDate >= day('2007-01-01') && d.birthDate <= day('2023-12-31')).toBe(true);
    }
  });

  it('keeps separate districts and bands apart', () => {
    const next = nikSequence(createRandom(3), 5000);
    const a = next({ id: 1, districtId: 1, prefix: '321201' }, 'adult');
    const b = next({ id: 2, districtId: 2, prefix: '321202' }, 'adult');
    const c = next({ id: 1, districtId: 1, prefix: '321201' }, 'elderly');
    expect(new Set([a.nik, b.nik, c.nik]).size).toBe(3);
    expect(b.nik.startsWith('321202')).toBe(true);
    expect(c.birthDate.getUTCFullYear()).toBeLessThanOrEqual(1963);
  });
});
