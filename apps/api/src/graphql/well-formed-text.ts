import { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';

/**
 * A NUL character, or half of a surrogate pair without its other half. PostgreSQL stores neither:
 * `text` refuses U+0000 and `jsonb` (the event log's payloads) refuses a lone surrogate, so such
 * text is refused at the door as bad input rather than failing in the database.
 */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isMalformed(text: string): boolean {
  return text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);
}

export const MALFORMED_TEXT_MESSAGE =
  'text must be well-formed Unicode without NUL characters (U+0000) or unpaired surrogates';

/** The path (`input.body`, `ids.0`) of the first malformed string in a JSON value, or undefined. */
export function malformedTextPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isMalformed(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = malformedTextPath(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

/** Validation rule: the same for string literals written in the query itself. */
export function wellFormedStringLiterals(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (isMalformed(node.value)) context.reportError(new GraphQLError(`A string in the query: ${MALFORMED_TEXT_MESSAGE}.`, { nodes: [node] }));
    },
  };
}
