// A small seeded PRNG so the demo seed and the scale generator produce the same rows on every
// machine and every run with the same seed (Math.random cannot be seeded).

const DAY_MS = 86_400_000;

/**
 * mulberry32: a tiny 32-bit PRNG with good enough statistical quality for test data.
 * Returns a function yielding floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Convenience helpers over one seeded stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** A UTC-midnight date in [from, to], both inclusive. */
  date(from: Date, to: Date): Date;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  // weighted() is called per generated row; the table's entries and total are computed once.
  const tables = new WeakMap<object, { entries: [string, number][]; total: number }>();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick() needs a non-empty array');
      return items[int(0, items.length - 1)] as T;
    },
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      let table = tables.get(weights);
      if (!table) {
        const entries = Object.entries<number>(weights);
        table = { entries, total: entries.reduce((sum, [, w]) => sum + w, 0) };
        tables.set(weights, table);
      }
      let roll = next() * table.total;
      for (const [key, weight] of table.entries) {
        roll -= weight;
        if (roll < 0) return key as K;
      }
      return table.entries[table.entries.length - 1]![0] as K;
    },
    date(from: Date, to: Date): Date {
      const days = Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
      return new Date(utcMidnight(from) + int(0, days) * DAY_MS);
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}

function utcMidnight(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** A calendar date at UTC midnight: what Prisma stores in a `@db.Date` column unchanged. */
export function day(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${isoDate}`);
  return date;
}

/** `date` plus `days` whole days (UTC). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole days from `from` to `to` (UTC calendar days). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}
