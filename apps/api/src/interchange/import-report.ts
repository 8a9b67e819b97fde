/** What an import did: stored with it, and answered again when the same import is retried. */
export interface ImportReport {
  annotationsImported: number;
  repliesImported: number;
  /** Posts already in this seminar (imported before, or exported from here): not copied twice. */
  duplicatesSkipped: number;
  /** Imported, but their passage is not in the reading's current text: kept with their quote. */
  orphaned: Array<{ sourceId: string; quote: string }>;
  /** Imported in the importer's name, because their author could not (or may not) be matched. */
  attributedToImporter: Array<{ sourceId: string; originalAuthor: string }>;
  /** Members whose posts were imported in their own name (matched by account, email or name). */
  authorsMatched: Array<{ userId: string; displayName: string; posts: number }>;
  /** Readings of the document that no reading of the seminar matched: their annotations stay out. */
  unmatchedReadings: Array<{ iri: string; title: string | null; annotations: number }>;
  /** Items left out, and why. */
  skipped: Array<{ sourceId: string | null; reason: string }>;
}

export function emptyReport(): ImportReport {
  return {
    annotationsImported: 0,
    repliesImported: 0,
    duplicatesSkipped: 0,
    orphaned: [],
    attributedToImporter: [],
    authorsMatched: [],
    unmatchedReadings: [],
    skipped: [],
  };
}

/** Counts a post kept in its author's name (not attributed to the importer) towards that member. */
export function countMatchedAuthor(report: ImportReport, by: { userId: string; authorName: string }): void {
  const known = report.authorsMatched.find((a) => a.userId === by.userId);
  if (known) known.posts += 1;
  else report.authorsMatched.push({ userId: by.userId, displayName: by.authorName, posts: 1 });
}
