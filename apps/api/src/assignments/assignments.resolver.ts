import { Args, Field, ID, Mutation, ArgsType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { AssignmentCommands } from './assignment-commands';
import { AssignmentReads } from './assignment-reads';
import { AssignmentModel, AssignmentProgressModel } from './assignment.model';
import {
  CreateAssignmentInput,
  DeleteAssignmentInput,
  SetAssignmentExtensionInput,
  UpdateAssignmentInput,
} from './dto/assignment.inputs';

@ArgsType()
class AssignmentsArgs {
  @Field(() => ID) @IsUUID('all', { message: 'seminarId must be a UUID' }) seminarId!: string;
  @Field(() => ID, { nullable: true, description: 'Only the assignments on this reading.' })
  @IsOptional()
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId?: string;
}

@ArgsType()
class AssignmentProgressArgs {
  @Field(() => ID) @IsUUID('all', { message: 'assignmentId must be a UUID' }) assignmentId!: string;
}

@Resolver(() => AssignmentModel)
export class AssignmentsResolver {
  constructor(
    private readonly reads: AssignmentReads,
    private readonly commands: AssignmentCommands,
  ) {}

  @Query(() => [AssignmentModel], {
    description:
      'A seminar’s assignments, soonest due first, with the caller’s progress. Members see those already open.',
  })
  assignments(@CurrentViewer() viewer: Viewer, @Args() args: AssignmentsArgs): Promise<AssignmentModel[]> {
    return this.reads.list(viewer, args.seminarId, args.readingId);
  }

  @Query(() => [AssignmentProgressModel], {
    description: 'Every member’s progress on an assignment. Owners and moderators.',
  })
  assignmentProgress(
    @CurrentViewer() viewer: Viewer,
    @Args() args: AssignmentProgressArgs,
  ): Promise<AssignmentProgressModel[]> {
    return this.reads.progress(viewer, args.assignmentId);
  }

  @Mutation(() => AssignmentModel, { description: 'Owners and moderators set a reading (or part of it) or a debate.' })
  createAssignment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateAssignmentInput,
  ): Promise<AssignmentModel> {
    return this.commands.create(viewer, input);
  }

  @Mutation(() => AssignmentModel)
  updateAssignment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateAssignmentInput,
  ): Promise<AssignmentModel> {
    return this.commands.update(viewer, input);
  }

  @Mutation(() => AssignmentModel, { description: 'Withdraws an assignment (and its progress); returns it as it was.' })
  deleteAssignment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DeleteAssignmentInput,
  ): Promise<AssignmentModel> {
    return this.commands.remove(viewer, input);
  }

  @Mutation(() => AssignmentProgressModel, { description: 'A later due date for one member (null takes it back).' })
  setAssignmentExtension(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetAssignmentExtensionInput,
  ): Promise<AssignmentProgressModel> {
    return this.commands.extend(viewer, input);
  }
}
