import type { Permissions } from '../auth/permissions.ts';
import { usePilarPermissions } from '../auth/usePilarPermissions.ts';

/** Where a clerk works: the districts (with all their villages) and single villages assigned to them. */
export interface WorkArea {
  districtIds: readonly string[];
  villageIds: readonly string[];
  /** The districts the single villages lie in, for a district picker. */
  villageDistrictIds: readonly string[];
}

/**
 * What a region picker offers: villages (`village`), districts (`district`), or either, where a
 * worker may be placed (`workplace`).
 */
export type AreaLevel = 'village' | 'district' | 'workplace';

type Filter = Record<string, unknown>;

/** A clerk's work area; null for every other role, who works everywhere. */
export function workAreaOf(permissions: Permissions | undefined): WorkArea | null {
  if (permissions?.role !== 'CLERK') return null;
  const districts = permissions.regions.filter((r) => r.level === 'DISTRICT');
  const villages = permissions.regions.filter((r) => r.level === 'VILLAGE');
  return {
    districtIds: districts.map((r) => r.id),
    villageIds: villages.map((r) => r.id),
    villageDistrictIds: [...new Set(villages.flatMap((r) => (r.parentId ? [r.parentId] : [])))],
  };
}

/** Any of the parts that name regions; an empty list matches nothing (`OR: []`). */
function anyOf(...parts: [string, readonly string[]][]): Filter {
  return { OR: parts.filter(([, ids]) => ids.length > 0).map(([key, ids]) => ({ [key]: [...ids] })) };
}

/**
 * The react-admin filter (for `filterToWhere`) that keeps a region picker inside the area:
 * its villages are the assigned villages and those of the assigned districts. No area, no limit.
 */
export function areaFilter(area: WorkArea | null, level: AreaLevel): Filter {
  if (!area) return {};
  switch (level) {
    case 'village':
      return anyOf(['id_in', area.villageIds], ['parentId_in', area.districtIds]);
    case 'district':
      return anyOf(['id_in', [...new Set([...area.districtIds, ...area.villageDistrictIds])]]);
    case 'workplace':
      return anyOf(['id_in', [...area.districtIds, ...area.villageIds]], ['parentId_in', area.districtIds]);
  }
}

/** The one region a new record can only be in, when the area leaves no choice: a sensible default. */
export function onlyRegion(area: WorkArea | null, level: AreaLevel): string | undefined {
  if (!area) return undefined;
  // A clerk with a district has its villages to choose from, and a worker there may sit in any of them.
  const candidates =
    level === 'district' ? [...new Set([...area.districtIds, ...area.villageDistrictIds])] : area.districtIds.length ? [] : area.villageIds;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** The signed-in clerk's work area (null for other roles, and while permissions load). */
export function useWorkArea(): WorkArea | null {
  return workAreaOf(usePilarPermissions());
}
