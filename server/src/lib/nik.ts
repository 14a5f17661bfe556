import { provinceNames } from '@pilar/db';
import { messages, type Text } from './messages.ts';

export interface NikParts {
  /** The 6-digit region prefix: province, regency and district codes. */
  regionPrefix: string;
  provinceCode: string;
  /** Day, month and two-digit year of birth as written in the NIK (day without the +40). */
  day: number;
  month: number;
  yearTwoDigits: number;
  gender: 'MALE' | 'FEMALE';
  serial: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Text };

const SIXTEEN_DIGITS = /^[0-9]{16}$/;

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks the regional prefix shared by NIK and No. KK. */
function checkPrefix(value: string, label: string): Text | null {
  if (!SIXTEEN_DIGITS.test(value)) return messages.sixteenDigits(label);
  const province = value.slice(0, 2);
  if (!provinceNames.has(province)) return messages.notProvince(label, province);
  if (value.slice(2, 4) === '00' || value.slice(4, 6) === '00') {
    return messages.missingRegionCodes(label);
  }
  return null;
}

/**
 * Parses a NIK: 2 province + 2 regency + 2 district digits, the birth date as DDMMYY (day + 40
 * for women) and a 4-digit serial. A NIK whose date part is impossible is invalid.
 */
export function parseNik(nik: string): Parsed<NikParts> {
  const prefixError = checkPrefix(nik, 'NIK');
  if (prefixError) return { ok: false, reason: prefixError };
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yearTwoDigits = Number(nik.slice(10, 12));
  const gender = rawDay > 40 ? 'FEMALE' : 'MALE';
  const day = gender === 'FEMALE' ? rawDay - 40 : rawDay;
  // Either century may apply; 29 February is accepted if either year is a leap year.
  const maxDay = Math.max(daysInMonth(month, 1900 + yearTwoDigits), daysInMonth(month, 2000 + yearTwoDigits));
  if (month < 1 || month > 12 || day < 1 || day > maxDay) {
    return { ok: false, reason: messages.nikDate(nik.slice(6, 12)) };
  }
  const serial = nik.slice(12);
  if (serial === '0000') return { ok: false, reason: messages.nikSerial() };
  return {
    ok: true,
    value: { regionPrefix: nik.slice(0, 6), provinceCode: nik.slice(0, 2), day, month, yearTwoDigits, gender, serial },
  };
}

/**
 * Validates a NIK and, when given, its consistency with the person's birth date and gender.
 * Returns the reason it is invalid, or null.
 */
export function nikProblem(nik: string, person: { birthDate?: Date | null; gender?: 'MALE' | 'FEMALE' | null } = {}): Text | null {
  const parsed = parseNik(nik);
  if (!parsed.ok) return parsed.reason;
  const { day, month, yearTwoDigits, gender } = parsed.value;
  const { birthDate } = person;
  if (birthDate) {
    const matches =
      birthDate.getUTCDate() === day &&
      birthDate.getUTCMonth() + 1 === month &&
      birthDate.getUTCFullYear() % 100 === yearTwoDigits;
    if (!matches) {
      const dd = String(birthDate.getUTCDate() + (person.gender === 'FEMALE' ? 40 : 0)).padStart(2, '0');
      const mm = String(birthDate.getUTCMonth() + 1).padStart(2, '0');
      const yy = String(birthDate.getUTCFullYear() % 100).padStart(2, '0');
      return messages.nikBirthDate(nik.slice(6, 12), `${dd}${mm}${yy}`);
    }
  }
  if (person.gender && person.gender !== gender) {
    return person.gender === 'FEMALE' ? messages.nikIsMale() : messages.nikIsFemale();
  }
  return null;
}

/** Validates a No. KK (family-card number): 16 digits with a real regional prefix. */
export function kkProblem(kk: string): Text | null {
  return checkPrefix(kk, 'No. KK');
}
