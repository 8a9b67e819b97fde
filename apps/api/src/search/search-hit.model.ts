import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Motivation } from '../annotations/annotation-kinds';
import { ConnectionType } from '../pagination/connection.model';
import { SearchHitKind } from './search-hit-kind';
import { Snippet, snippetHtml } from './snippet';

registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType('SnippetRange', { description: 'A matched stretch of a snippet, in code points of its `text`.' })
export class SnippetRangeModel {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType('SearchSnippet', { description: 'An excerpt around the matches, as plain text with match ranges.' })
export class SearchSnippetModel {
  @Field({ description: 'Plain text (Markdown source for posts): render it as text, never as HTML.' })
  text!: string;
  @Field(() => [SnippetRangeModel]) highlights!: SnippetRangeModel[];
  @Field({ description: 'The same excerpt as safe HTML: everything escaped, matches in <mark>.' })
  html!: string;

  static from(snippet: Snippet): SearchSnippetModel {
    return Object.assign(new SearchSnippetModel(), {
      text: snippet.text,
      highlights: snippet.highlights,
      html: snippetHtml(snippet),
    });
  }
}

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => SearchHitKind) kind!: SearchHitKind;
  @Field(() => ID, { description: 'The annotation, reply or reading found.' }) id!: string;
  @Field(() => Float, { description: 'Relevance (ts_rank_cd); higher is better.' }) score!: number;
  @Field(() => ID) readingId!: string;
  @Field() readingTitle!: string;
  @Field(() => ID, { nullable: true, description: 'The annotation found, or the one a reply discusses.' })
  annotationId!: string | null;
  @Field(() => ID, { nullable: true }) threadId!: string | null;
  @Field(() => Motivation, { nullable: true }) motivation!: Motivation | null;
  @Field(() => [String]) tags!: string[];
  @Field() createdAt!: Date;
  @Field(() => SearchSnippetModel, {
    description: 'Around the matches: the body of a post, or the text of a reading.',
  })
  snippet!: SearchSnippetModel;
  @Field(() => SearchSnippetModel, {
    nullable: true,
    description: 'The annotated passage (of the annotation found, or discussed by the reply).',
  })
  quote!: SearchSnippetModel | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "Where to open the reading's current revision, in code points: the annotated passage, or the first match in its text.",
  })
  position!: number | null;
  authorId!: string | null;
  /** Where the post was written: its author is shown as the seminar's anonymity allows. */
  seminarId!: string;
}

@ObjectType()
export class SearchHitConnection extends ConnectionType(SearchHitModel) {}
