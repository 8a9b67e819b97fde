/** W3C Web Annotation motivations Glossa offers (W3C §3.3.5). */
export enum Motivation {
  highlighting = 'highlighting',
  commenting = 'commenting',
  questioning = 'questioning',
}

export enum Visibility {
  /** Only the author sees it: in queries, search, exports and live events. */
  PRIVATE = 'PRIVATE',
  SEMINAR = 'SEMINAR',
}

export enum AnchorStatus {
  exact = 'exact',
  fuzzy = 'fuzzy',
  orphaned = 'orphaned',
}

/** The highlight palette: names, so the client can theme them (light/dark, contrast). */
export enum HighlightColor {
  yellow = 'yellow',
  green = 'green',
  blue = 'blue',
  pink = 'pink',
  purple = 'purple',
  orange = 'orange',
}
