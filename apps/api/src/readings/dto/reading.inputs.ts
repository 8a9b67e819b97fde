import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { CLIENT_ID_PATTERN } from '../../posts/client-id';
import { ReadingFormat } from '../reading-format';

@InputType()
export class AddReadingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;

  @Field()
  @MinLength(1)
  @MaxLength(300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(300)
  author = '';

  @Field(() => String, { defaultValue: '', description: 'Where the text comes from: a citation, DOI or URL.' })
  @IsString()
  @MaxLength(1000)
  source = '';

  @Field(() => ReadingFormat, { defaultValue: ReadingFormat.PLAIN })
  @IsEnum(ReadingFormat)
  format: ReadingFormat = ReadingFormat.PLAIN;

  @Field({ description: 'The full text, up to 2 MB (UTF-8).' })
  @IsString()
  text!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}

@InputType()
export class ReviseReadingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId!: string;

  @Field({ description: 'The whole new text, up to 2 MB (UTF-8).' })
  @IsString()
  text!: string;

  @Field(() => String, { defaultValue: '', description: 'What changed, for the revision history.' })
  @IsString()
  @MaxLength(500)
  note = '';

  @Field(() => Int, {
    nullable: true,
    description:
      'The revision the editor started from; if another revision was saved since, the change is refused with CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  baseRevision?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}
