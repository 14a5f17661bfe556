import { getDatamodel } from '@pilar/db/pothos-types';

export interface ModelField {
  name: string;
  kind: 'scalar' | 'enum' | 'object' | string;
  type: string;
  isRequired: boolean;
  isList: boolean;
  isId: boolean;
  relationFromFields?: string[];
  documentation?: string;
}

export interface ModelInfo {
  name: string;
  fields: ModelField[];
  /** Scalar fields that hold a record id: the primary key and foreign keys. */
  idFields: Set<string>;
  byName: Map<string, ModelField>;
  documentation?: string;
}

const raw = getDatamodel().datamodel as unknown as {
  models: Record<string, { fields: ModelField[]; documentation?: string }>;
};

/** The Prisma datamodel (generated with schema.prisma's `///` docs), indexed per model. */
export const models: ReadonlyMap<string, ModelInfo> = new Map(
  Object.entries(raw.models).map(([name, model]) => {
    const idFields = new Set(
      model.fields.flatMap((f) => (f.isId ? [f.name] : (f.relationFromFields ?? []))),
    );
    return [
      name,
      {
        name,
        fields: model.fields,
        idFields,
        byName: new Map(model.fields.map((f) => [f.name, f])),
        ...(model.documentation ? { documentation: model.documentation } : {}),
      },
    ];
  }),
);

export function model(name: string): ModelInfo {
  const info = models.get(name);
  if (!info) throw new Error(`Unknown model ${name}`);
  return info;
}

/** `AidDistribution` → `aidDistribution`: the Prisma client's delegate name. */
export function delegateName(modelName: string): string {
  return modelName.charAt(0).toLowerCase() + modelName.slice(1);
}
