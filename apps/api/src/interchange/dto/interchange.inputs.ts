import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CLIENT_ID_PATTERN } from '../../posts/client-id';
import { ExportFormat, ImportFormat } from '../interchange-format';

/** The largest document accepted (characters of JSON); the request body limit is 5 MB. */
export const MAX_IMPORT_CHARS = 4_500_000;

@InputType()
export class ExportAnnotationsInput {
  @Field(() => ID, { nullable: true, description: 'A whole seminar…' })
  @IsOptional()
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId?: string;

  @Field(() => ID, { nullable: true, description: '…or one reading (required for MARKDOWN).' })
  @IsOptional()
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId?: string;

  @Field(() => ExportFormat)
  @IsEnum(ExportFormat)
  format!: ExportFormat;
}

/** A file to import and where: what `previewAnnotationImport` is asked, and the import too. */
@InputType()
export class PreviewAnnotationImportInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;

  @Field({ description: 'The exported file: W3C Web Annotation JSON-LD or Hypothesis API JSON.' })
  @IsString()
  @MaxLength(MAX_IMPORT_CHARS, { message: `document must be at most ${MAX_IMPORT_CHARS} characters; split the file` })
  document!: string;

  @Field(() => ImportFormat, { nullable: true, description: 'Recognised from the document when absent.' })
  @IsOptional()
  @IsEnum(ImportFormat)
  format?: ImportFormat;

  @Field(() => ID, {
    nullable: true,
    description:
      'Anchor every annotation of the document in this reading, rather than matching readings by address or title.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId?: string;
}

@InputType()
export class ImportAnnotationsInput extends PreviewAnnotationImportInput {
  @Field({
    description: 'Retrying with the same clientId returns the first import’s report and imports nothing twice.',
  })
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId!: string;
}
