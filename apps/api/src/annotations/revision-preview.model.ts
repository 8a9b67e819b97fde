import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AnchorStatus } from './annotation-kinds';
import { AnnotationModel } from './annotation.model';
import type { RevisionPreview } from './revision-preview';

@ObjectType('RevisionPreviewAnnotation', { description: 'An annotation a revision would move fuzzily or orphan.' })
export class RevisionPreviewAnnotationModel {
  @Field(() => AnnotationModel, { description: 'The annotation as it is now (its quote, author and body).' })
  annotation!: AnnotationModel;
  @Field(() => AnchorStatus) status!: AnchorStatus;
  @Field(() => Float) score!: number;
  @Field(() => String, { nullable: true, description: 'The words it would attach to in the new text; null for an orphan.' })
  newExact!: string | null;
}

@ObjectType('RevisionPreview', {
  description:
    'What saving this text as a new revision would do to the reading’s annotations, worked out as the revision does; nothing is written.',
})
export class RevisionPreviewModel {
  @Field(() => ID) readingId!: string;
  @Field(() => Int, { description: 'The revision this was worked out against: pass it as baseRevision to save.' })
  baseRevision!: number;
  @Field(() => Int, { description: 'Live annotations (everyone’s) that would stay on the same words.' }) exact!: number;
  @Field(() => Int, { description: 'Live annotations that would move to words that changed a little.' }) fuzzy!: number;
  @Field(() => Int, { description: 'Live annotations whose words would be gone.' }) orphaned!: number;
  @Field(() => Int, { description: 'Annotations counted but not listed: other members’ private ones.' })
  unlisted!: number;
  @Field(() => [RevisionPreviewAnnotationModel], {
    description: 'The fuzzy and orphaned annotations you may see, orphans first, in text order.',
  })
  changed!: RevisionPreviewAnnotationModel[];

  static from(preview: RevisionPreview): RevisionPreviewModel {
    return Object.assign(new RevisionPreviewModel(), {
      readingId: preview.readingId,
      baseRevision: preview.baseRevision,
      ...preview.counts,
      unlisted: preview.unlisted,
      changed: preview.changed.map((c) =>
        Object.assign(new RevisionPreviewAnnotationModel(), {
          annotation: AnnotationModel.from(c.annotation),
          status: c.status,
          score: c.score,
          newExact: c.newExact,
        }),
      ),
    });
  }
}
