import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { PilarDataProvider } from '../../data/dataProvider.ts';
import { API_TOKENS, TOKENS_TAKE, type TokenRow } from './apiTokenOperations.ts';

interface TokensState {
  data?: TokenRow[];
  error?: unknown;
  isPending: boolean;
}

/** The user's tokens (an administrator's: everyone's), newest first; `refetch` after a change. */
export function useApiTokens(includeRevoked: boolean) {
  const dataProvider = useDataProvider<PilarDataProvider>();
  const [state, setState] = useState<TokensState>({ isPending: true });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the refetch trigger.
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, isPending: true }));
    dataProvider.request(API_TOKENS, { includeRevoked, take: TOKENS_TAKE }).then(
      ({ apiTokens }) => current && setState({ data: apiTokens, isPending: false }),
      (error: unknown) => current && setState({ error, isPending: false }),
    );
    return () => {
      current = false;
    };
  }, [dataProvider, includeRevoked, round]);
  return { ...state, refetch: () => setRound((n) => n + 1) };
}
