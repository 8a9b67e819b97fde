import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../pagination/connection.model';
import { NotificationEntity } from './notification.entity';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'MENTION: someone mentioned you. REPLY: someone replied to your post or reply.' })
  kind!: string;
  @Field(() => ID) seminarId!: string;
  @Field(() => ID, { nullable: true, description: 'The reading to open, when the notification is about one.' })
  readingId!: string | null;
  @Field({ description: '"annotation" or "reply".' }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'The start of the text that mentions or answers you.' }) excerpt!: string;
  @Field() createdAt!: Date;
  @Field() read!: boolean;
  actorId!: string;

  static from(entity: NotificationEntity): NotificationModel {
    return Object.assign(new NotificationModel(), {
      id: entity.id,
      kind: entity.kind,
      seminarId: entity.seminarId,
      readingId: entity.readingId,
      subjectType: entity.subjectType,
      subjectId: entity.subjectId,
      excerpt: entity.excerpt,
      createdAt: entity.createdAt,
      read: entity.readAt !== null,
      actorId: entity.actorId,
    });
  }
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationModel) {}
