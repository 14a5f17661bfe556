import { createContext, useContext } from 'react';
import type { Grammar } from '../data/grammar.ts';

/** The API's grammar, for views that read the schema (help texts, enum choices). */
export const GrammarContext = createContext<Grammar | null>(null);

export function useGrammar(): Grammar {
  const grammar = useContext(GrammarContext);
  if (!grammar) throw new Error('useGrammar needs the GrammarContext of <App>');
  return grammar;
}
