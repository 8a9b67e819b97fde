import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DebateStatus, ModerationMode } from './debate-status';

@Entity('debates')
export class DebateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'seminar_id' }) seminarId!: string;
  @Column('text') motion!: string;
  @Column('text') description!: string;
  @Column('text', { name: 'pro_label' }) proLabel!: string;
  @Column('text', { name: 'con_label' }) conLabel!: string;
  @Column('text') status!: DebateStatus;
  @Column('text', { name: 'moderation_mode' }) moderationMode!: ModerationMode;
  /** At least this many seconds between one member's claims in this debate (0: off). */
  @Column('integer', { name: 'slow_mode_seconds' }) slowModeSeconds!: number;
  @Column('text', { name: 'client_id', nullable: true }) clientId!: string | null;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
