import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks for the field `name` of the value being resolved, directly or through
 * fragments: lets a resolver load, in the same statement, what it knows will be asked for next.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    set !== undefined &&
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/**
 * The names of the fields the query selects at `path` below the field being resolved (through
 * fragments), e.g. `['edges', 'node']` for the nodes of a connection.
 */
export function selectedFieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const fieldsOf = (sets: readonly SelectionSetNode[]): FieldNode[] =>
    sets.flatMap((set) =>
      set.selections.flatMap((selection): FieldNode[] => {
        if (selection.kind === Kind.FIELD) return [selection];
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
        return fragment ? fieldsOf([fragment.selectionSet]) : [];
      }),
    );
  const subsets = (fields: readonly FieldNode[]): SelectionSetNode[] =>
    fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  let sets = subsets(info.fieldNodes);
  for (const name of path) sets = subsets(fieldsOf(sets).filter((field) => field.name.value === name));
  return new Set(fieldsOf(sets).map((field) => field.name.value));
}
