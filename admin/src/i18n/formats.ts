import { useLocaleState } from 'ra-core';

/** The Intl locale of a UI language: Indonesian formats by default (21 Mei 2024, Rp 1.500.000). */
function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'id-ID';
}

export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return intlLocale(locale);
}

/** A calendar date (`YYYY-MM-DD`, the API's Date scalar) as "21 Mei 2024", never shifted by time zone. */
export function formatDay(value: string | null | undefined, tag: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(value));
}

/** A moment (the API's DateTime) in the clerk's time zone, as "21 Mei 2024 08.00". */
export function formatMoment(value: string | null | undefined, tag: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
}

/** Whole rupiah as "Rp 1.500.000". */
export function formatRupiah(value: number | null | undefined, tag: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(tag, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(value);
}
