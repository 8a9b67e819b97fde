import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '../auth/user.model';
import { ConnectionType } from '../pagination/connection.model';
import { CommentEntity } from './comment.entity';
import { Moderation } from '../posts/moderation-state';
import { ReactionKind } from './reaction-kind';

registerEnumType(ReactionKind, { name: 'ReactionKind' });

@ObjectType('ReactionSummary')
export class ReactionSummaryModel {
  @Field(() => ReactionKind) kind!: ReactionKind;
  @Field(() => Int) count!: number;
  @Field({ description: 'Whether I gave this reaction.' }) mine!: boolean;
}

/** A reply in a thread. Deleted replies keep their place (the thread keeps its shape) without a body. */
@ObjectType('Reply')
export class ReplyModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) threadId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => Int) depth!: number;
  @Field({ description: 'The Markdown source; empty when deleted.' }) body!: string;
  @Field({
    description: 'The body rendered to safe HTML (no scripts, handlers or javascript: links); written with the body.',
  })
  bodyHtml!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) editedAt!: Date | null;
  @Field() deleted!: boolean;
  @Field(() => Moderation) moderation!: Moderation;
  /**
   * Author and reactions are loaded with the reply (ThreadReadModel.withReplyModels, batched per request)
   * rather than by field resolvers: a thread page's replies then resolve as plain values.
   */
  @Field(() => UserModel) author!: UserModel;
  @Field(() => [ReactionSummaryModel], {
    description:
      'The kinds of reaction given (each with its count and whether I gave it), agree · disagree · insightful · same question; kinds nobody gave are left out.',
  })
  reactions!: ReactionSummaryModel[];
  authorId!: string;

  static from(entity: CommentEntity, author: UserModel, reactions: ReactionSummaryModel[]): ReplyModel {
    const deleted = entity.deletedAt !== null;
    const silenced = deleted || entity.moderation === Moderation.REMOVED;
    return Object.assign(new ReplyModel(), {
      id: entity.id,
      threadId: entity.threadId,
      parentId: entity.parentId,
      depth: entity.depth,
      body: silenced ? '' : entity.body,
      bodyHtml: silenced ? '' : entity.bodyHtml,
      createdAt: entity.createdAt,
      editedAt: entity.editedAt,
      deleted,
      moderation: entity.moderation,
      author,
      reactions,
      authorId: entity.authorId,
    });
  }
}

@ObjectType()
export class ReplyConnection extends ConnectionType(ReplyModel) {}
