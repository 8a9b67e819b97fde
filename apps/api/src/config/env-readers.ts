/**
 * Readers of one environment variable each, shared by every part of the configuration: each
 * collects what is wrong in `problems`, so start-up names every invalid variable at once.
 */
/** A whole number from `min` to `max`; an invalid value adds a line to `problems` and gives `fallback`. */
export function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** One of `allowed`; otherwise a line in `problems` and `fallback`. */
export function choice<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }
  return raw as T;
}

/** A URL with one of `protocols`, or null when unset. */
export function url(env: NodeJS.ProcessEnv, name: string, protocols: string[], problems: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol))
      problems.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
  return raw;
}
