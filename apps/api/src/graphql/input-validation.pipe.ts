import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';

/** GraphQL parameter kinds (@nestjs/graphql GqlParamtype) that carry no client input. */
const ROOT = 0;
const CONTEXT = 1;
const INFO = 2;

/**
 * The app-wide ValidationPipe, applied to what clients send only: GraphQL arguments and HTTP bodies,
 * queries and params. A field resolver's `@Parent()` is a model the API built itself, yet the stock
 * pipe validates it too, deep-copying it with class-transformer for every resolved field of every
 * object: on the reading view (~20,000 annotations and replies, ~100,000 such calls) that was a
 * large share of the time and of the garbage.
 */
export class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type: unknown = metadata.type;
    if (type === ROOT || type === CONTEXT || type === INFO) return false;
    return super.toValidate(metadata);
  }
}
