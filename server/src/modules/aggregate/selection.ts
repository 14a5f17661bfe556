import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The fields selected under the current field, one level deep, with the names selected under
 * each of them: `{ count, sum { valueRupiah } }` → { count: {}, sum: { valueRupiah } }.
 * Fragments are followed; @skip/@include are ignored (at worst a measure is computed unused).
 * Lets an aggregate compute only the measures a client asked for.
 */
export function selectedFields(info: GraphQLResolveInfo): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const visit = (set: SelectionSetNode | undefined, into: (field: FieldNode) => void) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') into(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet, into);
      else visit(info.fragments[selection.name.value]?.selectionSet, into);
    }
  };
  for (const node of info.fieldNodes) {
    visit(node.selectionSet, (field) => {
      const names = out.get(field.name.value) ?? new Set<string>();
      out.set(field.name.value, names);
      visit(field.selectionSet, (sub) => names.add(sub.name.value));
    });
  }
  return out;
}
