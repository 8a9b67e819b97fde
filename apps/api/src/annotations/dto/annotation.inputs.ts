import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLIENT_ID_PATTERN } from '../../posts/client-id';
import { AnchorStatus, HighlightColor, Motivation, Visibility } from '../annotation-kinds';

/** The selected words: a W3C TextPositionSelector (code points) with the exact text it covers. */
@InputType()
export class TextTargetInput {
  @Field(() => Int, { description: 'Start, in Unicode code points of the revision’s text (W3C §4.2.5).' })
  @IsInt()
  @Min(0)
  start!: number;

  @Field(() => Int, { description: 'End (exclusive), in code points.' })
  @IsInt()
  @Min(0)
  end!: number;

  @Field({ description: 'The selected text, checked against the reading at that position.' })
  @IsString()
  @MaxLength(5000)
  exact!: string;
}

@InputType()
export class CreateAnnotationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId!: string;

  @Field(() => Int, {
    description: 'The revision the selection was made in; an older one is re-anchored to the current text.',
  })
  @IsInt()
  @Min(1)
  revisionNumber!: number;

  @Field(() => TextTargetInput)
  @ValidateNested()
  @Type(() => TextTargetInput)
  target!: TextTargetInput;

  @Field(() => Motivation)
  @IsEnum(Motivation)
  motivation!: Motivation;

  @Field(() => String, { defaultValue: '', description: 'Markdown; empty for a highlight.' })
  @IsString()
  body = '';

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  tags: string[] = [];

  @Field(() => HighlightColor, { defaultValue: HighlightColor.yellow })
  @IsEnum(HighlightColor)
  color: HighlightColor = HighlightColor.yellow;

  @Field(() => Visibility, { defaultValue: Visibility.SEMINAR })
  @IsEnum(Visibility)
  visibility: Visibility = Visibility.SEMINAR;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}

@InputType()
export class UpdateAnnotationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'annotationId must be a UUID' })
  annotationId!: string;

  @Field(() => Motivation, { nullable: true })
  @IsOptional()
  @IsEnum(Motivation)
  motivation?: Motivation;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  body?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  tags?: string[];

  @Field(() => HighlightColor, { nullable: true })
  @IsOptional()
  @IsEnum(HighlightColor)
  color?: HighlightColor;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;
}

@InputType()
export class AnnotationRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'annotationId must be a UUID' })
  annotationId!: string;
}

export enum AnnotationScope {
  ALL = 'ALL',
  MINE = 'MINE',
  OTHERS = 'OTHERS',
  PRIVATE = 'PRIVATE',
}

@ArgsType()
export class AnnotationFilterArgs {
  @Field(() => [ID], { nullable: true, description: 'Only these authors.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  authorIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Only annotations with any of these tags.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  tags?: string[];

  @Field(() => [Motivation], { nullable: true })
  @IsOptional()
  @IsEnum(Motivation, { each: true })
  motivations?: Motivation[];

  @Field(() => AnnotationScope, {
    defaultValue: AnnotationScope.ALL,
    description: 'Mine, others’, only my private ones, or all I may see.',
  })
  @IsEnum(AnnotationScope)
  scope: AnnotationScope = AnnotationScope.ALL;

  @Field(() => [AnchorStatus], {
    nullable: true,
    description: 'e.g. [orphaned] for the annotations a revision cut loose.',
  })
  @IsOptional()
  @IsEnum(AnchorStatus, { each: true })
  anchorStatuses?: AnchorStatus[];

  @Field(() => Int, {
    defaultValue: 500,
    description: 'Page size, 1 to 5,000, in text order (a whole reading fits in one page).',
  })
  @IsInt()
  @Min(1)
  @Max(5000)
  first = 500;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}
