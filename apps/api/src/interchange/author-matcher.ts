import { ExchangePerson } from './exchange-document';
import { parseGlossaIri } from './glossa-iri';

export interface RosterEntry {
  userId: string;
  email: string;
  displayName: string;
}

/** Who an imported post is by here, and whose it was when that is someone else. */
export interface Attribution {
  userId: string;
  authorName: string;
  /** The source's author, when the post is attributed to the importer instead. */
  originalAuthor: string | null;
}

/**
 * Maps the authors of imported posts to members of the seminar: by Glossa account (an export from
 * this instance), by email, or by a display name exactly one member has (Hypothesis user names).
 * Anyone else's post is attributed to the importer, with the original author noted.
 *
 * Attributing a post to another member puts words in their name, so only someone who runs the
 * seminar (`mayActForOthers`: owners and moderators) may do it; a member's import is theirs, with
 * every other author noted. A private annotation, and a reply in a private thread, always belongs
 * to the importer: no one can plant a private note in someone else's view.
 */
export class AuthorMatcher {
  private readonly byId: Map<string, RosterEntry>;
  private readonly byEmail: Map<string, RosterEntry>;
  private readonly byName = new Map<string, RosterEntry | null>();

  constructor(
    roster: readonly RosterEntry[],
    private readonly importer: { userId: string; displayName: string },
    private readonly mayActForOthers: boolean,
  ) {
    this.byId = new Map(roster.map((m) => [m.userId, m]));
    this.byEmail = new Map(roster.map((m) => [m.email.toLowerCase(), m]));
    for (const member of roster) {
      const key = nameKey(member.displayName);
      // A name two members share identifies no one.
      this.byName.set(key, this.byName.has(key) ? null : member);
    }
  }

  attribute(person: ExchangePerson, options: { private: boolean }): Attribution {
    const found = this.find(person);
    if (found && (found.userId === this.importer.userId || (this.mayActForOthers && !options.private)))
      return { userId: found.userId, authorName: found.displayName, originalAuthor: null };
    return {
      userId: this.importer.userId,
      authorName: this.importer.displayName,
      originalAuthor: describePerson(person),
    };
  }

  private find(person: ExchangePerson): RosterEntry | null {
    const glossa = person.iri ? parseGlossaIri(person.iri) : null;
    if (glossa?.thing === 'user') return this.byId.get(glossa.id) ?? null;
    if (person.email) {
      const member = this.byEmail.get(person.email.toLowerCase());
      if (member) return member;
    }
    return person.name ? (this.byName.get(nameKey(person.name)) ?? null) : null;
  }
}

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** How the original author is noted: their name, and an address that tells people apart. */
export function describePerson(person: ExchangePerson): string {
  const name = person.name?.trim();
  const address = person.email ?? person.iri;
  if (name && address) return `${name} <${address}>`;
  return name || address || 'an unknown author';
}
