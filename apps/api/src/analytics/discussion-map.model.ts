import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PassageActivity', {
  description:
    'What the class did over one passage: [start, end) in code points. Counts only what the viewer may read as the class reads it.',
})
export class PassageActivityModel {
  @Field(() => Int, { description: 'The passage’s place in the reading, from 0.' }) index!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => Int, { description: 'Annotations starting in the passage (highlights, comments, questions).' })
  annotations!: number;
  @Field(() => Int, { description: 'Of those, questions (motivation questioning).' }) questions!: number;
  @Field(() => Int, { description: 'Replies in the threads of those annotations.' }) replies!: number;
  @Field(() => Int, { description: 'DISAGREE reactions on those annotations and their replies.' })
  disagreeReactions!: number;
  @Field(() => Int, { description: 'Claims citing the passage as evidence, with stance PRO.' }) proClaims!: number;
  @Field(() => Int, { description: 'Claims citing the passage as evidence, with stance CON.' }) conClaims!: number;
  @Field(() => Int, { description: 'Claims citing the passage (PRO and CON, each claim once).' })
  citingClaims!: number;
  @Field(() => Int, {
    description: 'How much disagreement: DISAGREE reactions + replies + claims citing the passage on either side.',
  })
  disagreement!: number;
}

@ObjectType('DiscussionMap', { description: 'Where the class asked, disagreed and cited, passage by passage.' })
export class DiscussionMapModel {
  @Field(() => ID) readingId!: string;
  @Field(() => Int, { description: 'The revision whose text the passages cut.' }) revisionNumber!: number;
  @Field(() => [PassageActivityModel], { description: 'Every passage, in reading order.' })
  passages!: PassageActivityModel[];
  @Field(() => [PassageActivityModel], { description: 'Up to 5 passages with the most questions, most first.' })
  mostQuestioned!: PassageActivityModel[];
  @Field(() => [PassageActivityModel], { description: 'Up to 5 passages with the most disagreement, most first.' })
  mostContested!: PassageActivityModel[];
  @Field(() => [PassageActivityModel], { description: 'Up to 5 passages cited by the most claims, most first.' })
  mostCited!: PassageActivityModel[];
}
