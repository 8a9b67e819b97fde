import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';

/** GraphQL parameter kinds (@nestjs/graphql GqlParamtype) that carry no client input. */
const ROOT = 0;
const CONTEXT = 1;
const INFO = 2;

/** Validated argument objects remembered per argument class (a bound: the cache is a convenience). */
const REMEMBERED_PER_CLASS = 64;

/**
 * The app-wide ValidationPipe, applied to what clients send only: GraphQL arguments and HTTP bodies,
 * queries and params. A field resolver's `@Parent()` is a model the API built itself, yet the stock
 * pipe validates it too, deep-copying it with class-transformer for every resolved field of every
 * object: on the reading view (~20,000 annotations and replies, ~100,000 such calls) that was a
 * large share of the time and of the garbage.
 *
 * Small flat argument objects (a page's `first` and `after`) are validated once per distinct value:
 * a field with arguments under a list (each of 5,000 annotations' `replies(first: 20)`) receives the
 * same arguments for every item, and validation is a function of the value alone.
 */
export class InputValidationPipe extends ValidationPipe {
  private readonly remembered = new Map<unknown, Map<string, object>>();
  private readonly byIdentity = new WeakMap<object, { metatype: unknown; validated: object }>();

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type: unknown = metadata.type;
    if (type === ROOT || type === CONTEXT || type === INFO) return false;
    return super.toValidate(metadata);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // The same arguments object again (a compiled query passes a field's literal arguments as one
    // object to every item of a list): no need to look at its values.
    const same = value && typeof value === 'object' ? this.byIdentity.get(value) : undefined;
    if (same && same.metatype === metadata.metatype) return copyOf(same.validated);
    const key = flatKey(value);
    if (key === undefined || !metadata.metatype || !this.toValidate(metadata)) return super.transform(value, metadata);
    let byValue = this.remembered.get(metadata.metatype);
    if (!byValue) {
      byValue = new Map();
      this.remembered.set(metadata.metatype, byValue);
    }
    let validated = byValue.get(key);
    if (!validated) {
      validated = (await super.transform(value, metadata)) as object;
      if (byValue.size < REMEMBERED_PER_CLASS) byValue.set(key, validated);
    }
    this.byIdentity.set(value as object, { metatype: metadata.metatype, validated });
    return copyOf(validated);
  }
}

/** A key for an object of at most four short primitive values; undefined for anything else. */
function flatKey(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > 4) return undefined;
  for (const [, item] of entries) {
    if (item !== null && typeof item !== 'number' && typeof item !== 'boolean' && typeof item !== 'string') {
      return undefined;
    }
    if (typeof item === 'string' && item.length > 200) return undefined;
  }
  return JSON.stringify(entries);
}

/** A copy each time: a resolver may change its arguments without changing the next call's. */
function copyOf(validated: object): object {
  return Object.assign(Object.create(Object.getPrototypeOf(validated) as object) as object, validated);
}
