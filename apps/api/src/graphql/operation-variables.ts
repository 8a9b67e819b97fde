import {
  astFromValue,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { MALFORMED_TEXT_MESSAGE, malformedTextPath } from './well-formed-text';

type Variables = Record<string, unknown>;

/**
 * An operation's variables, checked by graphql-js and completed with the defaults the GraphQL
 * specification gives omitted values, for graphql-jit.
 *
 * graphql-jit coerces variables itself but treats an omitted non-null input field or variable that
 * has a default (`description: String! = ""`, `$first: Int! = 20`) as missing. graphql-js checks the
 * values first, so a bad value is refused with the same error (and the same BAD_USER_INPUT) as before;
 * then the omitted defaults are written in, in their JSON form, and the values are otherwise passed on
 * as the client sent them. Text the database cannot store (see well-formed-text.ts) is refused here too,
 * with graphql-js's wording for an invalid variable, so Apollo answers it as bad input (400).
 */
export function operationVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Variables | undefined,
): { variables: Variables } | { errors: readonly GraphQLError[] } {
  const definitions = operation.variableDefinitions ?? [];
  const checked = getVariableValues(schema, definitions, inputs ?? {}, { maxErrors: 50 });
  if (checked.errors) return { errors: checked.errors };
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const path = malformedTextPath(inputs?.[name], '');
    if (path !== undefined) {
      const at = path ? `${name}.${path}` : name;
      const message = `Variable "$${name}" got invalid value at "${at}"; ${MALFORMED_TEXT_MESSAGE}.`;
      return { errors: [new GraphQLError(message, { nodes: [definition] })] };
    }
  }
  const variables: Variables = { ...inputs };
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    if (variables[name] !== undefined) variables[name] = withFieldDefaults(variables[name], type);
    else if (definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return { variables };
}

/** The value with every omitted input-object field that has a default set to it, at any depth. */
function withFieldDefaults(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return Array.isArray(value) ? value.map((item) => withFieldDefaults(item, inner.ofType)) : value;
  }
  if (!isInputObjectType(inner) || typeof value !== 'object') return value;
  const completed: Variables = { ...(value as Variables) };
  for (const field of Object.values(inner.getFields())) {
    // Only fields that were sent or have a default: an omitted field stays omitted, not null.
    if (completed[field.name] !== undefined) {
      completed[field.name] = withFieldDefaults(completed[field.name], field.type);
    } else if (field.defaultValue !== undefined) {
      const literal = astFromValue(field.defaultValue, field.type);
      if (literal) completed[field.name] = valueFromASTUntyped(literal);
    }
  }
  return completed;
}
