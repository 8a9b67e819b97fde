import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssignmentState } from './assignment-status';

registerEnumType(AssignmentState, { name: 'AssignmentState' });

@ObjectType('AssignmentProgress', { description: 'One member’s work on an assignment: counts of what they posted.' })
export class AssignmentProgressModel {
  @Field(() => ID) userId!: string;
  @Field({ description: 'Their name (owners and moderators see everyone’s progress; members only their own).' })
  displayName!: string;
  @Field(() => Int, { description: 'Annotations (on a reading, in its range) or claims (in a debate) posted for it.' })
  posts!: number;
  @Field(() => Date, { nullable: true, description: 'When they had posted as many as the assignment asks.' })
  completedAt!: Date | null;
  @Field({ description: 'Their due date: the assignment’s, or their extension.' }) dueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Their own later due date, set by a leader.' })
  extendedDueAt!: Date | null;
  @Field(() => AssignmentState) state!: AssignmentState;
  @Field({ description: 'Completed after their due date: marked, not refused.' }) late!: boolean;
  @Field({ description: 'Whether the assignment hides the others’ annotations on its reading from them now.' })
  hidesOthers!: boolean;
}

@ObjectType('Assignment')
export class AssignmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) seminarId!: string;
  @Field(() => ID, { nullable: true }) readingId!: string | null;
  @Field(() => ID, { nullable: true }) debateId!: string | null;
  @Field(() => Int, { nullable: true, description: 'Where the assigned range of the reading starts (code points).' })
  rangeStart!: number | null;
  @Field(() => Int, { nullable: true, description: 'Where it ends (exclusive).' }) rangeEnd!: number | null;
  @Field() title!: string;
  @Field() instructions!: string;
  @Field() opensAt!: Date;
  @Field() dueAt!: Date;
  @Field({ description: 'Hide others’ annotations and replies on the reading until the member has posted.' })
  hideUntilPosted!: boolean;
  @Field({ description: 'Members see on the reading only their group’s posts, the leaders’ and their own.' })
  inGroups!: boolean;
  @Field(() => Int, { description: 'Posts that complete it (and, with hideUntilPosted, reveal the others’).' })
  requiredPosts!: number;
  @Field() createdAt!: Date;
  @Field(() => AssignmentProgressModel, { description: 'The caller’s own progress.' })
  myProgress!: AssignmentProgressModel;
}
