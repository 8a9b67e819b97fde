import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import {
  CreateSeminarGroupInput,
  DeleteSeminarGroupInput,
  MoveGroupMemberInput,
  RenameSeminarGroupInput,
  SplitIntoGroupsInput,
} from './dto/group.inputs';
import { GroupCommands } from './group-commands';
import { GroupReads } from './group-reads';
import { SeminarGroupModel, SeminarGroupsModel } from './group.model';

@ArgsType()
class SeminarGroupsArgs {
  @Field(() => ID) @IsUUID('all', { message: 'seminarId must be a UUID' }) seminarId!: string;
}

@Resolver(() => SeminarGroupModel)
export class GroupsResolver {
  constructor(
    private readonly reads: GroupReads,
    private readonly commands: GroupCommands,
  ) {}

  @Query(() => SeminarGroupsModel, {
    description: 'A seminar’s small groups and who is in none. Owners and moderators.',
  })
  seminarGroups(@CurrentViewer() viewer: Viewer, @Args() args: SeminarGroupsArgs): Promise<SeminarGroupsModel> {
    return this.reads.list(viewer, args.seminarId);
  }

  @Query(() => SeminarGroupModel, {
    nullable: true,
    description: 'The group the caller is in (name and size), or null.',
  })
  myGroup(@CurrentViewer() viewer: Viewer, @Args() args: SeminarGroupsArgs): Promise<SeminarGroupModel | null> {
    return this.reads.mine(viewer, args.seminarId);
  }

  @Mutation(() => SeminarGroupModel, { description: 'A new, empty group; a retry with the same clientId returns it.' })
  createSeminarGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateSeminarGroupInput,
  ): Promise<SeminarGroupModel> {
    return this.commands.create(viewer, input);
  }

  @Mutation(() => SeminarGroupModel)
  renameSeminarGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RenameSeminarGroupInput,
  ): Promise<SeminarGroupModel> {
    return this.commands.rename(viewer, input);
  }

  @Mutation(() => SeminarGroupsModel, { description: 'Deletes a group (its members are then in none).' })
  deleteSeminarGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DeleteSeminarGroupInput,
  ): Promise<SeminarGroupsModel> {
    return this.commands.remove(viewer, input);
  }

  @Mutation(() => SeminarGroupsModel, { description: 'Puts a member in a group, or in none (groupId: null).' })
  moveGroupMember(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MoveGroupMemberInput,
  ): Promise<SeminarGroupsModel> {
    return this.commands.move(viewer, input);
  }

  @Mutation(() => SeminarGroupsModel, {
    description: 'Replaces the groups with new ones of `size` members, at random, sizes balanced.',
  })
  splitIntoGroups(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SplitIntoGroupsInput,
  ): Promise<SeminarGroupsModel> {
    return this.commands.split(viewer, input);
  }
}
