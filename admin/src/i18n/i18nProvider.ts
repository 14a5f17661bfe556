import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'ra-core';
import { english } from './en.ts';
import { indonesian } from './id.ts';
import { raIndonesian } from './raIndonesian.ts';

type Locale = 'id' | 'en';

const STORAGE_KEY = 'pilar.locale';

export const messages: Record<Locale, TranslationMessages> = {
  id: { ...raIndonesian, ...indonesian },
  en: { ...englishMessages, ...english },
};

function isLocale(value: unknown): value is Locale {
  return value === 'id' || value === 'en';
}

/** Indonesian unless the clerk chose English before (remembered in this browser). */
function savedLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : 'id';
  } catch {
    return 'id';
  }
}

/** The UI's translations: Indonesian first, English on request, the choice remembered. */
export function createI18nProvider(): I18nProvider {
  const provider = polyglotI18nProvider(
    (locale) => messages[isLocale(locale) ? locale : 'id'],
    savedLocale(),
    (['id', 'en'] as const).map((locale) => ({ locale, name: indonesian.pilar.language[locale] })),
    // A missing key shows its default text rather than the key itself.
    { allowMissing: true },
  );
  return {
    ...provider,
    changeLocale: async (locale, options) => {
      await provider.changeLocale(locale, options);
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    },
  };
}
