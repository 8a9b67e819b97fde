import { Field, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../auth/user.model';
import { Role } from '../seminars/role';

@ObjectType('ParticipationFigures', {
  description:
    'What one member wrote (counts of posts, reactions and votes; never time on page or scrolling), as far as the viewer may read it.',
})
export class ParticipationFiguresModel {
  @Field(() => UserModel) member!: UserModel;
  @Field(() => Role) role!: Role;
  @Field(() => Int, { description: 'Annotations written (highlights, comments, questions).' }) annotations!: number;
  @Field(() => Int, { description: 'Of those, questions.' }) questions!: number;
  @Field(() => Int, { description: 'Replies written, in annotation and claim threads.' }) repliesGiven!: number;
  @Field(() => Int, { description: 'Replies by others in the threads of their annotations and claims.' })
  repliesReceived!: number;
  @Field(() => Int, { description: 'Reactions by others to their annotations, replies and claims.' })
  reactionsReceived!: number;
  @Field(() => Int, { description: 'Claims written in debates.' }) claims!: number;
  @Field(() => Int, { description: 'Passages they cited as evidence for claims.' }) evidenceCited!: number;
  @Field(() => Int, { description: 'Impact votes cast on claims.' }) votes!: number;
}
