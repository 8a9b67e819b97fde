/** What a search hit is: an annotation (body, quote or tags), a reply in a discussion, or a reading's text. */
export enum SearchHitKind {
  ANNOTATION = 'ANNOTATION',
  REPLY = 'REPLY',
  READING = 'READING',
}
