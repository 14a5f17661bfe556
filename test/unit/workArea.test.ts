import { describe, expect, it } from 'vitest';
import type { Permissions } from '../../admin/src/auth/permissions.ts';
import { areaFilter, onlyRegion, workAreaOf } from '../../admin/src/common/workArea.ts';
import { entityOf } from '../../admin/src/data/grammar.ts';
import { filterToWhere } from '../../admin/src/data/where.ts';
import { printedGrammar } from '../support/schema.ts';

const district = (id: string) => ({ id, code: `32.12.${id}`, name: `Kec ${id}`, level: 'DISTRICT' as const, parentId: '2' });
const village = (id: string, parentId: string) => ({ id, code: `32.12.${parentId}.${id}`, name: `Desa ${id}`, level: 'VILLAGE' as const, parentId });
const clerk = (...regions: Permissions['regions']): Permissions => ({ role: 'CLERK', regions });
const regionsWhere = (filter: Record<string, unknown>) => filterToWhere(printedGrammar, entityOf(printedGrammar, 'regions'), filter);

describe("a clerk's work area", () => {
  it('is everywhere for every other role', () => {
    expect(workAreaOf({ role: 'AUDITOR', regions: [] })).toBeNull();
    expect(areaFilter(null, 'village')).toEqual({});
    expect(onlyRegion(null, 'village')).toBeUndefined();
  });

  it("offers the assigned villages and those of the assigned districts, as the API's where", () => {
    const area = workAreaOf(clerk(district('10'), village('201', '11')));
    expect(regionsWhere({ level: 'VILLAGE', ...areaFilter(area, 'village') })).toEqual({
      level: { equals: 'VILLAGE' },
      OR: [{ id: { in: ['201'] } }, { parentId: { in: ['10'] } }],
    });
    expect(regionsWhere(areaFilter(area, 'district'))).toEqual({ OR: [{ id: { in: ['10', '11'] } }] });
    expect(regionsWhere(areaFilter(area, 'workplace'))).toEqual({ OR: [{ id: { in: ['10', '201'] } }, { parentId: { in: ['10'] } }] });
  });

  it('offers nothing to a clerk without regions (OR of nothing matches nothing)', () => {
    expect(regionsWhere(areaFilter(workAreaOf(clerk()), 'village'))).toEqual({ OR: [] });
  });

  it('limits a relation filter too, e.g. venues in the villages of the area', () => {
    const area = workAreaOf(clerk(village('201', '11')));
    expect(filterToWhere(printedGrammar, entityOf(printedGrammar, 'venues'), { village: areaFilter(area, 'village') })).toEqual({
      village: { is: { OR: [{ id: { in: ['201'] } }] } },
    });
  });

  it('chooses the region for a new record only when the area leaves no choice', () => {
    expect(onlyRegion(workAreaOf(clerk(village('201', '11'))), 'village')).toBe('201');
    expect(onlyRegion(workAreaOf(clerk(village('201', '11'), village('202', '11'))), 'village')).toBeUndefined();
    expect(onlyRegion(workAreaOf(clerk(district('10'))), 'village')).toBeUndefined();
    expect(onlyRegion(workAreaOf(clerk(village('201', '11'), village('202', '11'))), 'district')).toBe('11');
  });
});
