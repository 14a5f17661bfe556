import { use } from 'react';
import { useDataProvider } from 'ra-core';
import type { PilarDataProvider } from '../data/dataProvider.ts';
import { grammarOf, type Grammar } from '../data/grammar.ts';

/**
 * The introspected grammar, for views that read the schema (help texts, enum choices). The
 * data provider introspects once and keeps the promise, so this suspends only before the
 * first answer.
 */
export function useGrammar(): Grammar {
  const dataProvider = useDataProvider<PilarDataProvider>();
  return grammarOf(use(dataProvider.getIntrospection()).schema);
}
