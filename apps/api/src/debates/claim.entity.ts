import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Moderation } from '../posts/moderation-state';
import { Stance } from './debate-status';

@Entity('claims')
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'debate_id' }) debateId!: string;
  @Column('uuid', { name: 'seminar_id' }) seminarId!: string;
  /** null: the claim argues for or against the motion itself. */
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('text') stance!: Stance;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') body!: string;
  /** The body rendered to safe HTML when it was written (markdown.ts). */
  @Column('text', { name: 'body_html' }) bodyHtml!: string;
  @Column('uuid', { name: 'thread_id' }) threadId!: string;
  @Column('text') moderation!: Moderation;
  @Column('timestamptz', { name: 'pinned_at', nullable: true }) pinnedAt!: Date | null;
  @Column('text', { name: 'client_id', nullable: true }) clientId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt!: Date | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
}
