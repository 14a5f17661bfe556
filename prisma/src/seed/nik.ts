// Builders for the identifiers the seed and the generator write. Validation of identifiers typed
// in by clerks lives in the server (server/src/lib/nik.ts); these only produce valid ones.

export type NikGender = 'MALE' | 'FEMALE';

export interface NikInput {
  /** 6 digits: province (2) + regency (2) + district (2), e.g. `321201` for Haurgeulis. */
  districtPrefix: string;
  /** Date of birth; only its UTC calendar date is used. */
  birthDate: Date;
  gender: NikGender;
  /** 1–9999. */
  serial: number;
}

const SIX_DIGITS = /^[0-9]{6}$/;

/** `32.12.01` → `321201`: the NIK / No. KK prefix of a district code. */
export function districtPrefixOf(districtCode: string): string {
  const prefix = districtCode.split('.').slice(0, 3).join('');
  assertPrefix(prefix);
  return prefix;
}

/**
 * A 16-digit NIK: district prefix, birth date as DDMMYY with 40 added to the day for women,
 * then a 4-digit serial. @example makeNik({ districtPrefix: '321201', birthDate: new Date('1980-03-07'), gender: 'FEMALE', serial: 12 }) → '3212014703800012'
 */
export function makeNik({ districtPrefix, birthDate, gender, serial }: NikInput): string {
  assertPrefix(districtPrefix);
  assertSerial(serial);
  if (Number.isNaN(birthDate.getTime())) throw new Error('makeNik: invalid birth date');
  const day = birthDate.getUTCDate() + (gender === 'FEMALE' ? 40 : 0);
  return districtPrefix + ddmmyy(birthDate, day) + pad(serial, 4);
}

/**
 * A 16-digit No. KK (family-card number): district prefix, issue date as DDMMYY, then a 4-digit
 * serial. Family-card numbers are not unique per person (a family shares one).
 */
export function makeKk(districtPrefix: string, serial: number, issuedOn: Date = DEFAULT_KK_ISSUE_DATE): string {
  assertPrefix(districtPrefix);
  assertSerial(serial);
  return districtPrefix + ddmmyy(issuedOn, issuedOn.getUTCDate()) + pad(serial, 4);
}

const DEFAULT_KK_ISSUE_DATE = new Date(Date.UTC(2015, 0, 1));

function ddmmyy(date: Date, day: number): string {
  return pad(day, 2) + pad(date.getUTCMonth() + 1, 2) + pad(date.getUTCFullYear() % 100, 2);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function assertPrefix(prefix: string): void {
  if (!SIX_DIGITS.test(prefix) || prefix.slice(2, 4) === '00' || prefix.slice(4, 6) === '00') {
    throw new Error(`Not a district prefix (6 digits, e.g. 321201): ${prefix}`);
  }
}

function assertSerial(serial: number): void {
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) {
    throw new Error(`NIK / No. KK serial must be an integer in 1–9999, got ${serial}`);
  }
}
