import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SeminarActivityItem } from './seminar-activity.service';

@ObjectType('SeminarActivity', { description: 'Something that happened in a seminar, in words.' })
export class SeminarActivityModel {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field({ description: 'The event type, e.g. member.joined or reading.added.' }) type!: string;
  @Field() summary!: string;
  @Field(() => ID, { nullable: true }) readingId!: string | null;
  @Field(() => ID, { nullable: true }) debateId!: string | null;

  static from(item: SeminarActivityItem): SeminarActivityModel {
    return Object.assign(new SeminarActivityModel(), item);
  }
}
