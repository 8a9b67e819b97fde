import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from './role';

@Entity('memberships')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'seminar_id' }) seminarId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') role!: Role;
  /** When this member last opened the seminar's page (null: never). */
  @Column('timestamptz', { name: 'last_visited_at', nullable: true }) lastVisitedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
