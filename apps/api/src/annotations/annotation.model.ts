import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AnnotationPayload } from '@glossa/contracts';
import { ConnectionType } from '../pagination/connection.model';
import { Moderation } from '../posts/moderation-state';
import { AnnotationScope } from './dto/annotation.inputs';
import { AnchorStatus, HighlightColor, Motivation, Visibility } from './annotation-kinds';
import { AnnotationEntity } from './annotation.entity';
import { UserModel } from '../auth/user.model';
import { Connection } from '../pagination/connection.model';
import { ReactionSummaryModel, ReplyModel } from '../threads/thread.models';
import type { ThreadState } from '../threads/thread-read-model';

/** Related values loaded for a whole page of annotations at once (AnnotationRelations.preload). */
export interface PreloadedRelations {
  author?: UserModel;
  /** Its thread's reply count and whether moderators locked it. */
  thread?: ThreadState;
  reactions?: ReactionSummaryModel[];
  /** The first page of replies (FIRST_REPLIES of them). */
  firstReplies?: Connection<ReplyModel>;
}

registerEnumType(Motivation, { name: 'Motivation', description: 'W3C Web Annotation motivation (§3.3.5).' });
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(AnchorStatus, {
  name: 'AnchorStatus',
  description: 'How the passage was found in the current revision.',
});
registerEnumType(HighlightColor, { name: 'HighlightColor' });
registerEnumType(AnnotationScope, { name: 'AnnotationScope' });
registerEnumType(Moderation, { name: 'Moderation' });

/** The annotated words, as W3C TextQuote + TextPosition selectors (positions in code points). */
@ObjectType('TextTarget')
export class TextTargetModel {
  @Field() exact!: string;
  @Field() prefix!: string;
  @Field() suffix!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType('Annotation')
export class AnnotationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) readingId!: string;
  @Field(() => ID) threadId!: string;
  @Field(() => Int, { description: 'The revision `target` describes: the current one unless the passage is orphaned.' })
  revisionNumber!: number;
  @Field(() => Motivation) motivation!: Motivation;
  @Field({ description: 'Markdown source; empty for highlights and deleted annotations.' }) body!: string;
  @Field({
    description: 'The body rendered to safe HTML (no scripts, handlers or javascript: links); written with the body.',
  })
  bodyHtml!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => HighlightColor) color!: HighlightColor;
  @Field(() => Visibility) visibility!: Visibility;
  @Field(() => TextTargetModel) target!: TextTargetModel;
  @Field(() => AnchorStatus) anchorStatus!: AnchorStatus;
  @Field(() => Float) anchorScore!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field() deleted!: boolean;
  @Field(() => Moderation, {
    description:
      'PENDING and HIDDEN are seen only by moderators and the author; REMOVED keeps the place without the text.',
  })
  moderation!: Moderation;
  @Field() pinned!: boolean;
  @Field({ description: 'An orphan its author or a moderator took off the review list.' })
  orphanDismissed!: boolean;
  authorId!: string;
  seminarId!: string;
  /** Set by the reading view; annotations reached otherwise load these through their field resolvers. */
  preloaded?: PreloadedRelations;

  static from(entity: AnnotationEntity): AnnotationModel {
    const deleted = entity.deletedAt !== null;
    const silenced = deleted || entity.moderation === Moderation.REMOVED;
    return Object.assign(new AnnotationModel(), {
      id: entity.id,
      readingId: entity.readingId,
      threadId: entity.threadId,
      revisionNumber: entity.revisionNumber,
      motivation: entity.motivation,
      body: silenced ? '' : entity.body,
      bodyHtml: silenced ? '' : entity.bodyHtml,
      tags: silenced ? [] : entity.tags,
      color: entity.color as HighlightColor,
      visibility: entity.visibility,
      target: {
        exact: entity.quoteExact,
        prefix: entity.quotePrefix,
        suffix: entity.quoteSuffix,
        start: entity.positionStart,
        end: entity.positionEnd,
      },
      anchorStatus: entity.anchorStatus,
      anchorScore: entity.anchorScore,
      createdAt: entity.createdAt,
      editedAt: entity.editedAt,
      deleted,
      moderation: entity.moderation,
      pinned: entity.pinnedAt !== null,
      orphanDismissed: (entity.orphanDismissedAt ?? null) !== null,
      authorId: entity.authorId,
      seminarId: entity.seminarId,
    });
  }
}

@ObjectType()
export class AnnotationConnection extends ConnectionType(AnnotationModel) {}

/** The event payload of an annotation (libs/contracts), as seen by those in its room. */
export function annotationPayload(entity: AnnotationEntity, authorName: string): AnnotationPayload {
  const model = AnnotationModel.from(entity);
  return {
    id: model.id,
    seminarId: entity.seminarId,
    readingId: model.readingId,
    threadId: model.threadId,
    revisionNumber: model.revisionNumber,
    authorId: entity.authorId,
    authorName,
    motivation: model.motivation,
    body: model.body,
    tags: model.tags,
    color: model.color,
    visibility: model.visibility,
    target: model.target,
    anchorStatus: model.anchorStatus,
    anchorScore: model.anchorScore,
    createdAt: model.createdAt.toISOString(),
    editedAt: model.editedAt ? model.editedAt.toISOString() : null,
    deleted: model.deleted,
  };
}
