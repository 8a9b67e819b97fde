import { ASTVisitor, GraphQLError, Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';

/**
 * Refuses an operation nested deeper than `limit` fields (introspection's `__` fields not counted).
 * Each fragment's depth is worked out once, however often it is spread: a document whose fragments
 * each spread the next twice is a few hundred tokens but 2^30 fields spread out, and walking every
 * spread (as graphql-depth-limit does) would take hours. An unknown fragment or a cycle counts as 0
 * here; graphql-js's own rules refuse them.
 */
export function maxDepth(limit: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const depths = new Map<string, number>();
    const visiting = new Set<string>();

    const fragmentDepth = (name: string): number => {
      const known = depths.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      if (!fragment || visiting.has(name)) return 0;
      visiting.add(name);
      const depth = depthOf(fragment.selectionSet);
      visiting.delete(name);
      depths.set(name, depth);
      return depth;
    };

    const depthOf = (set: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.selectionSet && !selection.name.value.startsWith('__')) {
            deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
          }
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        } else {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(node) {
        if (depthOf(node.selectionSet) > limit) {
          const name = node.name?.value ?? '';
          context.reportError(new GraphQLError(`'${name}' exceeds maximum operation depth of ${limit}`, { nodes: [node] }));
        }
        return false;
      },
    };
  };
}
