/** The formats annotations travel in. */
export enum ExportFormat {
  /** W3C Web Annotation Data Model, JSON-LD (an AnnotationCollection). */
  WEB_ANNOTATION = 'WEB_ANNOTATION',
  /** The Hypothesis API's JSON (`{ total, rows }`). */
  HYPOTHESIS = 'HYPOTHESIS',
  /** One reading's discussion as Markdown: for reading and printing, not for importing. */
  MARKDOWN = 'MARKDOWN',
}

export enum ImportFormat {
  WEB_ANNOTATION = 'WEB_ANNOTATION',
  HYPOTHESIS = 'HYPOTHESIS',
}

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  [ExportFormat.WEB_ANNOTATION]: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  [ExportFormat.HYPOTHESIS]: 'application/json',
  [ExportFormat.MARKDOWN]: 'text/markdown; charset=utf-8',
};

export const FILE_SUFFIXES: Record<ExportFormat, string> = {
  [ExportFormat.WEB_ANNOTATION]: 'annotations.jsonld',
  [ExportFormat.HYPOTHESIS]: 'annotations.hypothesis.json',
  [ExportFormat.MARKDOWN]: 'discussion.md',
};

/** Which format a parsed document is in, by its shape; null when it is neither. */
export function detectFormat(json: unknown): ImportFormat | null {
  const first = Array.isArray(json) ? json[0] : json;
  if (typeof first !== 'object' || first === null)
    return Array.isArray(json) && json.length === 0 ? ImportFormat.WEB_ANNOTATION : null;
  const keys = new Set(Object.keys(first));
  if (!Array.isArray(json) && keys.has('rows')) return ImportFormat.HYPOTHESIS;
  if (keys.has('@context') || keys.has('type')) return ImportFormat.WEB_ANNOTATION;
  if (keys.has('uri') || keys.has('user') || keys.has('references')) return ImportFormat.HYPOTHESIS;
  return null;
}
