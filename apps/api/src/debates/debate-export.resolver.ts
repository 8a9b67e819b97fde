import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { uuidArg } from '../graphql/uuid.pipe';
import { DebateExportService } from './debate-export.service';

@ObjectType('DebateExport', { description: 'A debate as Markdown, ready to save as a file.' })
export class DebateExportModel {
  @Field() filename!: string;
  @Field() mediaType!: string;
  @Field({ description: 'The Markdown text.' }) content!: string;
  @Field(() => Int, { description: 'Claims in it (those I may see).' }) claimCount!: number;
}

@Resolver()
export class DebateExportResolver {
  constructor(private readonly exports: DebateExportService) {}

  @Query(() => DebateExportModel, {
    description: 'A debate as Markdown: the motion, the claims for and against as a tree, their authors, impact and cited passages.',
  })
  async exportDebate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, uuidArg) id: string,
  ): Promise<DebateExportModel> {
    return Object.assign(new DebateExportModel(), await this.exports.markdown(viewer, id));
  }
}
