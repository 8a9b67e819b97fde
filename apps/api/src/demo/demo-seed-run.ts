import { codePointLength } from '@glossa/anchoring';
import type { AnnotationEntity } from '../annotations/annotation.entity';
import type { ReadingEntity } from '../readings/reading.entity';
import type { SeminarEntity } from '../seminars/seminar.entity';
import { DemoActions } from './demo-actions';
import { DemoContent } from './demo-content';
import { DEMO_DEBATE_CLAIMS, DemoCitation, DemoClaim } from './demo-debate-claims';
import { DEMO_FLAGS, DEMO_MODERATOR_ACTIONS, DemoPostRef } from './demo-moderation';
import { DemoAnnotation, DemoPerson, DemoReadingDiscussion } from './discussion/demo-discussion';

/**
 * One seeding of the demo seminar's activity, step by step in a fixed order (so every run makes the
 * same seminar). It remembers what it made by content key, so later steps (claims citing a
 * highlight, a flag on a reply) can refer to earlier ones.
 */
export class DemoSeedRun {
  private readonly annotations = new Map<string, AnnotationEntity>();
  private readonly replies = new Map<string, string>();

  constructor(
    private readonly act: DemoActions,
    private readonly seminar: SeminarEntity,
    private readonly readings: Map<string, ReadingEntity & { text: string }>,
  ) {}

  /** Highlights, comments and questions on every reading, with their threads and reactions. */
  async discuss(discussions: DemoReadingDiscussion[]): Promise<void> {
    for (const discussion of discussions) {
      const reading = this.reading(discussion.file);
      for (const a of discussion.annotations) {
        const annotation = await this.act.annotate(reading, passageStart(reading.text, a), a);
        this.annotations.set(ref(discussion.file, a.key), annotation);
        for (const [by, kind] of a.reactions ?? []) await this.act.reactToAnnotation(by, annotation.id, kind);
        for (const r of a.replies ?? []) {
          const parentId =
            r.to === undefined ? undefined : this.replyId({ reading: discussion.file, annotation: a.key, reply: r.to });
          const reply = await this.act.reply(
            r.by,
            annotation.threadId,
            r.body,
            parentId,
            `${discussion.file}-${r.key}`,
          );
          this.replies.set(ref(discussion.file, r.key), reply.id);
          for (const [by, kind] of r.reactions ?? []) await this.act.reactToReply(by, reply.id, kind);
        }
      }
    }
  }

  /** The motions, each with its claims (citing passages of the readings) and impact votes. */
  async argue(content: DemoContent, by: DemoPerson): Promise<void> {
    for (const [d, debate] of content.debates.entries()) {
      const claims = DEMO_DEBATE_CLAIMS[d] ?? [];
      const readingIds = [...new Set(claims.map((c) => this.reading(c.cites.reading).id))];
      const created = await this.act.createDebate(by, this.seminar.id, debate, readingIds, `m${d + 1}`);
      const ids = new Map<string, string>();
      for (const claim of claims) {
        const evidence = await this.citation(claim);
        const added = await this.act.claim(claim.by, created.id, {
          key: claim.key,
          stance: claim.stance,
          body: claim.body,
          parentId: claim.answers === undefined ? undefined : ids.get(claim.answers),
          evidence: [evidence.id],
        });
        ids.set(claim.key, added.id);
        for (const [voter, impact] of claim.votes) await this.act.vote(voter, added.id, impact);
      }
    }
  }

  /** Open flags for the desk, and the moderators' earlier decisions for its audit log. */
  async moderate(): Promise<void> {
    for (const action of DEMO_MODERATOR_ACTIONS)
      await this.act.moderate(action.by, action.action, this.post(action.post), action.reason);
    for (const flag of DEMO_FLAGS) await this.act.flag(flag.by, this.post(flag.post), flag.reason);
  }

  /** Later revisions of readings (after the discussion, so the annotations on them move). */
  async revise(discussions: DemoReadingDiscussion[]): Promise<void> {
    for (const { file, revision } of discussions) {
      if (!revision) continue;
      const reading = this.reading(file);
      let text = reading.text;
      for (const edit of revision.edits) {
        if (text.split(edit.find).length !== 2)
          throw new Error(`Demo revision of ${file}: "${edit.find}" must occur once`);
        text = text.replace(edit.find, () => edit.replace);
      }
      await this.act.revise(revision.by, reading.id, text, revision.note, file);
    }
  }

  private async citation(claim: DemoClaim): Promise<AnnotationEntity> {
    const cites: DemoCitation = claim.cites;
    if ('annotation' in cites) {
      const annotation = this.annotations.get(ref(cites.reading, cites.annotation));
      if (!annotation) throw new Error(`Demo claim ${claim.key} cites an unknown annotation ${cites.annotation}`);
      return annotation;
    }
    const reading = this.reading(cites.reading);
    const highlight = {
      key: `cite-${claim.key}`,
      by: claim.by,
      passage: cites.passage,
      kind: 'highlight' as const,
      tags: cites.tags,
      color: claim.stance === 'PRO' ? ('green' as const) : ('orange' as const),
    };
    const annotation = await this.act.annotate(reading, passageStart(reading.text, highlight), highlight);
    this.annotations.set(ref(cites.reading, highlight.key), annotation);
    return annotation;
  }

  private post(post: DemoPostRef): { type: 'ANNOTATION' | 'REPLY'; id: string } {
    if (post.reply) return { type: 'REPLY', id: this.replyId(post) };
    const annotation = this.annotations.get(ref(post.reading, post.annotation));
    if (!annotation) throw new Error(`No demo annotation ${post.annotation} in ${post.reading}`);
    return { type: 'ANNOTATION', id: annotation.id };
  }

  private replyId(post: DemoPostRef): string {
    const id = this.replies.get(ref(post.reading, post.reply ?? ''));
    if (!id) throw new Error(`No demo reply ${post.reply} (before it is answered) in ${post.reading}`);
    return id;
  }

  private reading(file: string): ReadingEntity & { text: string } {
    const reading = this.readings.get(file);
    if (!reading) throw new Error(`The demo has no reading ${file}`);
    return reading;
  }
}

function ref(file: string, key: string): string {
  return `${file}#${key}`;
}

/** Where the annotation's passage starts in the text, in code points (as the API counts). */
export function passageStart(text: string, a: Pick<DemoAnnotation, 'key' | 'passage' | 'occurrence'>): number {
  let index = -1;
  for (let n = 0; n < (a.occurrence ?? 1); n += 1) {
    index = text.indexOf(a.passage, index + 1);
    if (index < 0) throw new Error(`Demo annotation ${a.key}: passage not found: "${a.passage}"`);
  }
  return codePointLength(text.slice(0, index));
}
