import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxDate,
  MaxLength,
  MinDate,
  ValidateNested,
} from 'class-validator';
import { Motivation } from '../../annotations/annotation-kinds';
import { PageArgs } from '../../pagination/page.args';
import { SearchHitKind } from '../search-hit-kind';

/** The years PostgreSQL's timestamps and JavaScript's dates share (a date outside is bad input). */
const EARLIEST = new Date('0001-01-01T00:00:00.000Z');
const LATEST = new Date('9999-12-31T23:59:59.999Z');

@InputType()
export class SearchInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;

  @Field({
    description:
      'Words to find, in web-search syntax: "exact phrase", or, -without. Stemmed (English), so "intervene" finds "intervention".',
  })
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'query must not be blank' })
  query!: string;

  @Field(() => ID, { nullable: true, description: 'Only within this reading.' })
  @IsOptional()
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId?: string;

  @Field(() => [ID], { nullable: true, description: 'Only posts by these people (reading text has no author here).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'authorIds must be UUIDs' })
  authorIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Only annotations with any of these tags, and the replies discussing them.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(41, { each: true })
  tags?: string[];

  @Field(() => [Motivation], {
    nullable: true,
    description: 'Only annotations with these motivations, and the replies discussing them.',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(Motivation, { each: true })
  motivations?: Motivation[];

  @Field(() => Date, { nullable: true, description: 'Only posts created at or after this time.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(EARLIEST)
  @MaxDate(LATEST)
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only posts created before this time.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(EARLIEST)
  @MaxDate(LATEST)
  to?: Date;

  @Field(() => [SearchHitKind], { nullable: true, description: 'What to search; all kinds when absent.' })
  @IsOptional()
  @IsArray()
  @IsEnum(SearchHitKind, { each: true })
  kinds?: SearchHitKind[];
}

/** `search(input, first, after)`: one ArgsType, so the whole argument list is validated together. */
@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => SearchInput)
  @ValidateNested()
  @Type(() => SearchInput)
  input!: SearchInput;
}
