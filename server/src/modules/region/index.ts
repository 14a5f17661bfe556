import { builder, type InputFields } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ALL_ROLES, crudQueries, writeMutations } from '../../lib/crud.ts';
import { RegionLevelEnum, VillageKindEnum } from '../../lib/enums.ts';
import { badInput } from '../../lib/errors.ts';
import { listRelation, readableRelation, recordFields } from '../../lib/object-fields.ts';
import { merged, reference, required, requiredText } from '../../lib/validate.ts';
import { messages } from '../../lib/messages.ts';

builder.prismaObject('Region', {
  // Only the columns a request's selection needs are read (see lib/object-fields.ts).
  select: { id: true },
  fields: (t) => ({
    ...recordFields(t),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    level: t.expose('level', { type: RegionLevelEnum }),
    villageKind: t.expose('villageKind', { type: VillageKindEnum, nullable: true }),
    parentId: t.exposeID('parentId', { nullable: true }),
    parent: t.relation('parent', { nullable: true, ...readableRelation('Region', 'parent') }),
    districtGroupId: t.exposeID('districtGroupId', { nullable: true }),
    districtGroup: t.relation('districtGroup', { nullable: true, ...readableRelation('Region', 'districtGroup') }),
    ...listRelation(t, 'Region', 'children', { orderBy: { code: 'asc' }, description: 'The regions one level down.' }),
    ...listRelation(t, 'Region', 'workers'),
    ...listRelation(t, 'Region', 'venues'),
    ...listRelation(t, 'Region', 'beneficiaries'),
    ...listRelation(t, 'Region', 'povertyIndicators', { orderBy: { year: 'asc' } }),
    ...listRelation(t, 'Region', 'sessionsServed', { orderBy: { startsAt: 'asc' } }),
    ...listRelation(t, 'Region', 'groupsInRegency'),
  }),
});

crudQueries({ model: 'Region', one: 'region', many: 'regions', read: ALL_ROLES, write: ['admin'] });

const fields = (t: InputFields, create: boolean) => ({
  code: t.string({ required: create, description: 'Kemendagri code in dotted form: 32, 32.12, 32.12.01 or 32.12.01.2011.' }),
  name: t.string({ required: create }),
  level: t.field({ type: RegionLevelEnum, required: create }),
  villageKind: t.field({ type: VillageKindEnum }),
  parentId: t.id({ description: 'Required for every level but PROVINCE: the region one level up.' }),
  districtGroupId: t.id({ description: 'Districts only: the eks-Kawedanan.' }),
});
const RegionCreateInput = builder.inputType('RegionCreateInput', { fields: (t) => fields(t, true) });
const RegionUpdateInput = builder.inputType('RegionUpdateInput', { description: 'Only the fields given are changed.', fields: (t) => fields(t, false) });

const CODE_SHAPE: Record<string, RegExp> = {
  PROVINCE: /^\d{2}$/,
  REGENCY: /^\d{2}\.\d{2}$/,
  DISTRICT: /^\d{2}\.\d{2}\.\d{2}$/,
  VILLAGE: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};
const CODE_EXAMPLE: Record<string, string> = { PROVINCE: '32', REGENCY: '32.12', DISTRICT: '32.12.01', VILLAGE: '32.12.01.2011' };
const PARENT_LEVEL: Record<string, string> = { REGENCY: 'PROVINCE', DISTRICT: 'REGENCY', VILLAGE: 'DISTRICT' };

async function regionData(ctx: Context, input: Record<string, unknown>, current?: Record<string, unknown>) {
  const next = merged(current, input);
  const level = required(next.level as string | null, 'level');
  const code = requiredText(next.code as string, 'code', 13);
  if (!CODE_SHAPE[level]!.test(code)) {
    throw badInput('code', messages.regionCodeShape(level, CODE_EXAMPLE[level]!));
  }
  let parentId: number | null = null;
  if (level !== 'PROVINCE') {
    parentId = (await reference(ctx, 'Region', required(next.parentId as string | null, 'parentId'), 'parentId', (parent) =>
      parent.level !== PARENT_LEVEL[level]
        ? messages.parentLevel(level, PARENT_LEVEL[level]!)
        : !code.startsWith(`${String(parent.code)}.`)
          ? messages.codePrefix(code, String(parent.code))
          : null,
    ))!;
  } else if (next.parentId) throw badInput('parentId', messages.provinceHasNoParent());
  if (next.villageKind && level !== 'VILLAGE') throw badInput('villageKind', messages.onlyVillagesHaveKind());
  if (next.districtGroupId && level !== 'DISTRICT') throw badInput('districtGroupId', messages.onlyDistrictsInGroup());
  return {
    code,
    name: requiredText(next.name as string, 'name'),
    level,
    villageKind: level === 'VILLAGE' ? ((next.villageKind as string | null) ?? 'DESA') : null,
    parentId,
    districtGroupId: (await reference(ctx, 'DistrictGroup', next.districtGroupId as string | null, 'districtGroupId')) ?? null,
  } as never;
}

writeMutations({ model: 'Region', write: ['admin'], create: RegionCreateInput, update: RegionUpdateInput, data: regionData });
