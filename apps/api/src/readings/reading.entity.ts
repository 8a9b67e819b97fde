import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ReadingFormat } from './reading-format';

@Entity('readings')
export class ReadingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'seminar_id' }) seminarId!: string;
  @Column('text') title!: string;
  @Column('text') author!: string;
  @Column('text') source!: string;
  @Column('text') format!: ReadingFormat;
  /** Points at the reading's current revision (reading_revisions.number). */
  @Column('integer', { name: 'current_revision_number' }) currentRevisionNumber!: number;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @Column('text', { name: 'client_id', nullable: true }) clientId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
