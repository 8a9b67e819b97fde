import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { CLIENT_ID_PATTERN } from '../posts/client-id';

@InputType()
export class PreviewUploadedRevisionInput {
  @Field(() => ID, { description: 'Your converted upload (POST /documents/upload to the reading’s seminar).' })
  @IsUUID('all', { message: 'uploadId must be a UUID' })
  uploadId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId!: string;
}

@InputType()
export class ReviseReadingFromUploadInput extends PreviewUploadedRevisionInput {
  @Field(() => String, { defaultValue: '', description: 'What changed, for the revision history.' })
  @IsString()
  @MaxLength(500)
  note = '';

  @Field(() => Int, {
    nullable: true,
    description: 'The revision the preview was worked out against; a newer one is refused with CONFLICT.',
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
