import { ExchangeReading } from './exchange-document';
import { parseGlossaIri, readingIri } from './glossa-iri';

export interface SeminarReading {
  id: string;
  title: string;
  source: string;
}

/**
 * Finds, for each reading a document annotates, the reading of this seminar it means: the one
 * named by its Glossa IRI, else the one whose source is that address (or the described source),
 * else the one with the same title. A match must be unambiguous; `into` (the importer's choice)
 * takes every annotation of the document.
 */
export function matchReadings<R extends SeminarReading>(
  described: readonly ExchangeReading[],
  readings: readonly R[],
  into: R | null,
): Map<string, R> {
  const matches = new Map<string, R>();
  for (const wanted of described) {
    const found = into ?? find(wanted, readings);
    if (found) matches.set(wanted.iri, found);
  }
  return matches;
}

function find<R extends SeminarReading>(wanted: ExchangeReading, readings: readonly R[]): R | null {
  const glossa = parseGlossaIri(wanted.iri);
  if (glossa?.thing === 'reading') {
    const same = readings.find((r) => r.id === glossa.id);
    if (same) return same;
  }
  const sources = [wanted.iri, wanted.source].filter((s): s is string => !!s?.trim()).map((s) => s.trim());
  const bySource = readings.filter(
    (r) => sources.includes(readingIri(r)) || (r.source.trim() !== '' && sources.includes(r.source.trim())),
  );
  if (bySource.length === 1) return bySource[0];
  if (wanted.title) {
    const title = titleKey(wanted.title);
    const byTitle = (bySource.length > 1 ? bySource : readings).filter((r) => titleKey(r.title) === title);
    if (byTitle.length === 1) return byTitle[0];
  }
  return null;
}

function titleKey(title: string): string {
  return title.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
