import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsString, IsUUID, Min, ValidateNested } from 'class-validator';
import { TextTargetInput } from './annotation.inputs';

@InputType()
export class PreviewRevisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'readingId must be a UUID' })
  readingId!: string;

  @Field({ description: 'The whole new text, up to 2 MB (UTF-8), as reviseReading would take it.' })
  @IsString()
  text!: string;
}

@InputType()
export class ReattachAnnotationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'annotationId must be a UUID' })
  annotationId!: string;

  @Field(() => Int, { description: 'The revision the new words were selected in (the current one).' })
  @IsInt()
  @Min(1)
  revisionNumber!: number;

  @Field(() => TextTargetInput)
  @ValidateNested()
  @Type(() => TextTargetInput)
  target!: TextTargetInput;
}
