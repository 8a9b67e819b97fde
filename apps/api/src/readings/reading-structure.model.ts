import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReadingBlockKind {
  HEADING = 'HEADING',
  PARAGRAPH = 'PARAGRAPH',
  LIST_ITEM = 'LIST_ITEM',
  QUOTE = 'QUOTE',
  FOOTNOTE = 'FOOTNOTE',
}
registerEnumType(ReadingBlockKind, { name: 'ReadingBlockKind' });

@ObjectType('ReadingBlock', { description: 'A block of the text: [start, end) in code points.' })
export class ReadingBlockModel {
  @Field(() => ReadingBlockKind) kind!: ReadingBlockKind;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => Int, { nullable: true, description: 'Heading level, or list depth.' }) level?: number | null;
}

@ObjectType('ReadingPage', { description: 'A page of the original document: [start, end) in code points.' })
export class ReadingPageModel {
  @Field(() => Int) number!: number;
  @Field({ description: 'The printed page label where the document has one, else the number.' }) label!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field({ description: 'The page had no text layer and was read by OCR.' }) ocr!: boolean;
}
