import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Moderation } from '../posts/moderation-state';

/** A reply in a thread; `parentId` null for a reply to the thread's subject itself. */
@Entity('comments')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'thread_id' }) threadId!: string;
  @Column('uuid', { name: 'seminar_id' }) seminarId!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('integer') depth!: number;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') body!: string;
  /** The body rendered to safe HTML when it was written (markdown.ts). */
  @Column('text', { name: 'body_html' }) bodyHtml!: string;
  @Column('text', { name: 'client_id', nullable: true }) clientId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt!: Date | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
  @Column('text') moderation!: Moderation;
}
