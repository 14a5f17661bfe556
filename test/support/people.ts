import { DEMO_MAX_NIK_SERIAL, makeKk, makeNik } from '@pilar/db/seed';

/** Haurgeulis (32.12.01): the NIK and No. KK prefix of people registered there. */
export const HAURGEULIS_PREFIX = '321201';

let serial = DEMO_MAX_NIK_SERIAL;

/** A person the demo data does not hold: a valid NIK for the birth date and gender. */
export function newPerson(gender: 'MALE' | 'FEMALE', birthDate: string) {
  serial += 1;
  return {
    gender,
    birthDate,
    nik: makeNik({ districtPrefix: HAURGEULIS_PREFIX, birthDate: new Date(`${birthDate}T00:00:00Z`), gender, serial }),
    kkNumber: makeKk(HAURGEULIS_PREFIX, serial),
  };
}
