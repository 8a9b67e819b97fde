/**
 * The IRIs Glossa gives what it exports. URNs, not URLs: an export must identify an annotation the
 * same way whichever host served it, so that importing it twice (or back where it came from) is
 * recognised as the same annotation and skipped.
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const GLOSSA_IRI = new RegExp(`^urn:glossa:(annotation|reply|user|reading|seminar):(${UUID})$`, 'i');
const UUID_ONLY = new RegExp(`^${UUID}$`, 'i');

export type GlossaThing = 'annotation' | 'reply' | 'user' | 'reading' | 'seminar';

export function glossaIri(thing: GlossaThing, id: string): string {
  return `urn:glossa:${thing}:${id.toLowerCase()}`;
}

/** The Glossa id an IRI names, if it is one of ours. */
export function parseGlossaIri(iri: string): { thing: GlossaThing; id: string } | null {
  const match = GLOSSA_IRI.exec(iri.trim());
  return match ? { thing: match[1].toLowerCase() as GlossaThing, id: match[2].toLowerCase() } : null;
}

export function isUuid(value: string): boolean {
  return UUID_ONLY.test(value);
}

/**
 * A reading's IRI: its source when that is a web address (so annotations of the same page made
 * elsewhere, e.g. in Hypothesis, meet it), otherwise its Glossa URN.
 */
export function readingIri(reading: { id: string; source: string }): string {
  const source = reading.source.trim();
  return /^https?:\/\/\S+$/i.test(source) ? source : glossaIri('reading', reading.id);
}
