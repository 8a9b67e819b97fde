import { z } from 'zod';
import { HighlightColor, Motivation } from '../annotations/annotation-kinds';
import { ExchangePerson } from './exchange-document';

/**
 * Small readers shared by the W3C and Hypothesis parsers: both formats allow one value or a list
 * where we expect one, and dates and people in several shapes.
 */
export function oneOrMany<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.array(schema)]).transform((value) => (Array.isArray(value) ? value : [value]));
}

/** A date in ISO 8601 form, or null when absent or unreadable. */
export function readDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}

export const MOTIVATIONS = new Set<string>(Object.values(Motivation));
const COLORS = new Set<string>(Object.values(HighlightColor));

export function readColor(value: string | null | undefined): HighlightColor | null {
  return value && COLORS.has(value) ? (value as HighlightColor) : null;
}

export const personSchema = z.union([
  z.string(),
  z.object({
    id: z.string().optional(),
    name: z.string().optional(),
    nickname: z.string().optional(),
    email: z.string().optional(),
  }),
]);

/** A W3C `creator` (an IRI or a foaf-style Person): its IRI, name and email, as far as given. */
export function readPerson(value: z.infer<typeof personSchema> | undefined): ExchangePerson {
  if (value === undefined) return { iri: null, name: null, email: null };
  const found = typeof value === 'string' ? { id: value } : value;
  const id = found.id?.trim() || null;
  const email = found.email?.replace(/^mailto:/i, '').trim() || (id?.match(/^mailto:(.+)$/i)?.[1] ?? null);
  return { iri: id, name: found.name?.trim() || found.nickname?.trim() || null, email: email?.toLowerCase() ?? null };
}
