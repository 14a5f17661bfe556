import { useCanAccess, usePermissions } from 'ra-core';
import { masksPersonalData, searchesPersonsByName, type Permissions } from './permissions.ts';

/** The role and regions of the signed-in user; undefined while they load. */
export function usePilarPermissions(): Permissions | undefined {
  const { permissions } = usePermissions<Permissions | null>();
  return permissions ?? undefined;
}

/** Whether the signed-in user sees personal data masked (and may not sort or search on it). */
export function useMasksPersonalData(): boolean {
  return masksPersonalData(usePilarPermissions()?.role);
}

/** Whether the signed-in user may search persons by name (VIEWER may not). */
export function useSearchesPersonsByName(): boolean {
  return searchesPersonsByName(usePilarPermissions()?.role);
}

/** Whether the user may do `action` on the resource (the current one unless named); false while unknown. */
export function useCan(action: string, resource?: string): boolean {
  return useCanAccess({ action, resource }).canAccess === true;
}
