import { createContext, useContext } from 'react';

/** A save refused because someone else saved the record first. */
export interface Conflict {
  /** The version now stored, as the server reported it. */
  currentVersion?: number;
}

export const ConflictContext = createContext<{ conflict: Conflict | null; clear: () => void }>({
  conflict: null,
  clear: () => {},
});

export const useConflict = () => useContext(ConflictContext);
