import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('GroupMember', { description: 'A member of a seminar as the Groups screen lists them.' })
export class GroupMemberModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field({ description: 'OWNER, MODERATOR, MEMBER or OBSERVER.' }) role!: string;
}

@ObjectType('SeminarGroup', { description: 'A small group of a seminar (docs/small-groups.md).' })
export class SeminarGroupModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) seminarId!: string;
  @Field() name!: string;
  @Field(() => Int) memberCount!: number;
  @Field(() => [GroupMemberModel], {
    description: 'Its members by name: owners and moderators only (members see the name and the count).',
  })
  members!: GroupMemberModel[];
  @Field() createdAt!: Date;
}

@ObjectType('SeminarGroups', { description: 'A seminar’s groups and the members in none, for its leaders.' })
export class SeminarGroupsModel {
  @Field(() => [SeminarGroupModel]) groups!: SeminarGroupModel[];
  @Field(() => [GroupMemberModel], { description: 'Members and observers in no group: they see leaders’ posts only.' })
  ungrouped!: GroupMemberModel[];
}
