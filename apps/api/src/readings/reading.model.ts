import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../pagination/connection.model';
import { ReadingFormat } from './reading-format';
import { ReadingRevisionEntity } from './reading-revision.entity';
import { ReadingEntity } from './reading.entity';
import { ReadingBlockModel, ReadingPageModel } from './reading-structure.model';

registerEnumType(ReadingFormat, { name: 'ReadingFormat' });

@ObjectType('Reading')
export class ReadingModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() author!: string;
  @Field() source!: string;
  @Field(() => ReadingFormat) format!: ReadingFormat;
  @Field(() => Int, { description: 'The number of the current revision (1 for the original text).' })
  revisionNumber!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  seminarId!: string;

  static from(entity: ReadingEntity): ReadingModel {
    return Object.assign(new ReadingModel(), {
      id: entity.id,
      title: entity.title,
      author: entity.author,
      source: entity.source,
      format: entity.format,
      revisionNumber: entity.currentRevisionNumber,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      seminarId: entity.seminarId,
    });
  }
}

@ObjectType()
export class ReadingConnection extends ConnectionType(ReadingModel) {}

/** One immutable version of a reading's text. Its text is loaded only when asked for. */
@ObjectType('ReadingRevision')
export class ReadingRevisionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() note!: string;
  @Field() createdAt!: Date;
  @Field(() => [ReadingBlockModel], { description: 'Headings, paragraphs, lists, quotes and notes (documents only).' })
  blocks!: ReadingBlockModel[];
  @Field(() => [ReadingPageModel], { description: 'The original’s pages (PDF only).' })
  pages!: ReadingPageModel[];
  createdBy!: string;
  readingId!: string;

  static from(entity: Omit<ReadingRevisionEntity, 'text'>): ReadingRevisionModel {
    return Object.assign(new ReadingRevisionModel(), {
      id: entity.id,
      number: entity.number,
      note: entity.note,
      createdAt: entity.createdAt,
      blocks: (entity.blocks ?? []).map((b) => ({ ...b, level: b.level ?? null })),
      pages: entity.pages ?? [],
      createdBy: entity.createdBy,
      readingId: entity.readingId,
    });
  }
}
