import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A discussion: the replies under an annotation (and, later, under a debate claim). */
@Entity('threads')
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'seminar_id' }) seminarId!: string;
  @Column('text', { name: 'subject_type' }) subjectType!: 'annotation' | 'claim';
  @Column('uuid', { name: 'subject_id' }) subjectId!: string;
  /** The room its events go to: the subject's room, or its author's own room when private. */
  @Column('text') room!: string;
  /** Set when only one person may see the thread (the author of a private annotation). */
  @Column('uuid', { name: 'private_to', nullable: true }) privateTo!: string | null;
  @Column('timestamptz', { name: 'locked_at', nullable: true }) lockedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
