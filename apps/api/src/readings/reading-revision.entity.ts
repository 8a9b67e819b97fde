import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TextBlock, TextPage } from './reading-structure';

/** One immutable version of a reading's text; annotations anchor to a revision. */
@Entity('reading_revisions')
export class ReadingRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'reading_id' }) readingId!: string;
  @Column('integer') number!: number;
  @Column('text') text!: string;
  @Column('text') note!: string;
  /** Structure of the text (reading-structure.ts); empty for pasted text. */
  @Column('jsonb') blocks!: TextBlock[];
  @Column('jsonb') pages!: TextPage[];
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @Column('text', { name: 'client_id', nullable: true }) clientId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
