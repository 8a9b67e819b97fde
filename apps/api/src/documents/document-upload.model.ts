import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CLIENT_ID_PATTERN } from '../posts/client-id';
import { DocumentUpload } from './document-upload';

export enum DocumentUploadStatus {
  CONVERTING = 'CONVERTING',
  CONVERTED = 'CONVERTED',
  SAVED = 'SAVED',
  FAILED = 'FAILED',
}
registerEnumType(DocumentUploadStatus, { name: 'DocumentUploadStatus' });

@ObjectType('DocumentUpload', { description: 'An uploaded file on its way to becoming a reading.' })
export class DocumentUploadModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) seminarId!: string;
  @Field() filename!: string;
  @Field({ description: 'What the bytes are: PDF, DOCX, HTML, MARKDOWN or TEXT.' }) kind!: string;
  @Field(() => Int) size!: number;
  @Field({ description: 'SHA-256 of the original, hex.' }) sha256!: string;
  @Field(() => String, { nullable: true, description: 'The web address it was fetched from (uploadFromUrl).' })
  sourceUrl!: string | null;
  @Field(() => DocumentUploadStatus) status!: DocumentUploadStatus;
  @Field(() => Float, { description: 'How far the conversion is, 0–1.' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'Why the conversion failed.' }) error!: string | null;
  @Field({ description: 'Title found in the document (for prefilling; empty until converted).' }) title!: string;
  @Field() author!: string;
  @Field() source!: string;
  @Field({ description: 'True once the uploader has chosen the title: the reading appears when converted.' })
  saveRequested!: boolean;
  @Field(() => ID, { nullable: true }) readingId!: string | null;

  static from(upload: DocumentUpload): DocumentUploadModel {
    const metadata = upload.converted?.metadata;
    return Object.assign(new DocumentUploadModel(), {
      id: upload.id,
      seminarId: upload.seminarId,
      filename: upload.filename,
      kind: upload.kind,
      size: upload.size,
      sha256: upload.sha256,
      sourceUrl: upload.sourceUrl,
      status: upload.status as DocumentUploadStatus,
      progress: upload.status === 'CONVERTING' ? Number(upload.progress) : 1,
      error: upload.error,
      title: metadata?.title ?? '',
      author: metadata?.author ?? '',
      source: metadata?.source ?? '',
      saveRequested: upload.requested !== null,
      readingId: upload.readingId,
    });
  }
}

@ObjectType('ReadingOriginal', { description: 'The uploaded file a reading was made from.' })
export class ReadingOriginalModel {
  @Field() filename!: string;
  @Field() kind!: string;
  @Field(() => Int) size!: number;
  @Field() sha256!: string;
  @Field({ description: 'Where members download it (signed in).' }) downloadPath!: string;
}

@InputType()
export class UploadFromUrlInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;

  @Field({ description: 'An http or https address of a web page or of a document (PDF, Word, Markdown, text).' })
  @MaxLength(2000)
  @Matches(/^\s*https?:\/\/\S+\s*$/i, { message: 'url must be a web address starting with http:// or https://' })
  url!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}

@InputType()
export class SaveUploadedReadingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'uploadId must be a UUID' })
  uploadId!: string;

  @Field()
  @MaxLength(300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(300)
  author = '';

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  source = '';

  @Field({ nullable: true })
  @IsOptional()
  @Matches(CLIENT_ID_PATTERN, { message: 'clientId must be 8–64 letters, digits, _ or -' })
  clientId?: string;
}
