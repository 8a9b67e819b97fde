import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ReactionKind, ReactionSubject } from './reaction-kind';

@Entity('reactions')
export class ReactionEntity {
  @PrimaryColumn('text', { name: 'subject_type' }) subjectType!: ReactionSubject;
  @PrimaryColumn('uuid', { name: 'subject_id' }) subjectId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @PrimaryColumn('text') kind!: ReactionKind;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
