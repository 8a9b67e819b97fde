import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Moderation } from '../posts/moderation-state';
import { AnchorStatus, Motivation, Visibility } from './annotation-kinds';

@Entity('annotations')
export class AnnotationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'seminar_id' }) seminarId!: string;
  @Column('uuid', { name: 'reading_id' }) readingId!: string;
  @Column('uuid', { name: 'thread_id' }) threadId!: string;
  /** The revision the selectors describe (for an orphan: the last one it was found in). */
  @Column('integer', { name: 'revision_number' }) revisionNumber!: number;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') motivation!: Motivation;
  @Column('text') body!: string;
  /** The body rendered to safe HTML when it was written (markdown.ts). */
  @Column('text', { name: 'body_html' }) bodyHtml!: string;
  @Column('text', { array: true }) tags!: string[];
  @Column('text') color!: string;
  @Column('text') visibility!: Visibility;
  @Column('text', { name: 'quote_exact' }) quoteExact!: string;
  @Column('text', { name: 'quote_prefix' }) quotePrefix!: string;
  @Column('text', { name: 'quote_suffix' }) quoteSuffix!: string;
  @Column('integer', { name: 'position_start' }) positionStart!: number;
  @Column('integer', { name: 'position_end' }) positionEnd!: number;
  @Column('text', { name: 'anchor_status' }) anchorStatus!: AnchorStatus;
  @Column('real', { name: 'anchor_score' }) anchorScore!: number;
  @Column('text', { name: 'client_id', nullable: true }) clientId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt!: Date | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
  @Column('text') moderation!: Moderation;
  @Column('timestamptz', { name: 'pinned_at', nullable: true }) pinnedAt!: Date | null;
  /** An orphan its author or a moderator took off the review list (docs/documents.md). */
  @Column('timestamptz', { name: 'orphan_dismissed_at', nullable: true }) orphanDismissedAt!: Date | null;
  @Column('uuid', { name: 'orphan_dismissed_by', nullable: true }) orphanDismissedBy!: string | null;
}
