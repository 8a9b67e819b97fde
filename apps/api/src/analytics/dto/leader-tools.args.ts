import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { MAX_PASSAGES } from '../passages';

@ArgsType()
export class DiscussionMapArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId!: string;

  @Field(() => [Int], {
    nullable: true,
    description:
      'Where each passage starts, in code points, strictly ascending (the blocks the client draws). Without it: the stored blocks, else the paragraphs.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PASSAGES)
  @IsInt({ each: true })
  @Min(0, { each: true })
  passageStarts?: number[];
}

@ArgsType()
export class ParticipationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;

  @Field(() => ID, { nullable: true, description: 'Only what was written on this reading (and the claims citing it).' })
  @IsOptional()
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId?: string;
}
