import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('uuid', { name: 'seminar_id' }) seminarId!: string;
  @Column('text') kind!: 'MENTION' | 'REPLY';
  @Column('uuid', { name: 'actor_id' }) actorId!: string;
  @Column('text', { name: 'subject_type' }) subjectType!: string;
  @Column('uuid', { name: 'subject_id' }) subjectId!: string;
  @Column('uuid', { name: 'reading_id', nullable: true }) readingId!: string | null;
  @Column('text') excerpt!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
}
