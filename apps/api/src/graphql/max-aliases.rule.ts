import { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';

/**
 * At most this many aliased fields in one document. Aliases are the only way to ask for the same
 * root field many times in one request (600 searches at once took 7.8 s); Glossa's own client uses none.
 */
export const MAX_ALIASES = 20;

export function maxAliases(context: ValidationContext): ASTVisitor {
  let count = 0;
  return {
    Field(node) {
      if (!node.alias) return;
      count += 1;
      if (count === MAX_ALIASES + 1) {
        context.reportError(
          new GraphQLError(`This query has more than ${MAX_ALIASES} aliased fields: ask for fewer at once.`, { nodes: [node] }),
        );
      }
    },
  };
}
