import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../pagination/connection.model';
import { Role } from './role';
import { SeminarEntity } from './seminar.entity';

registerEnumType(Role, { name: 'Role', description: "A member's role in a seminar." });

@ObjectType('Seminar')
export class SeminarModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field() createdAt!: Date;
  /** Resolved by a field resolver: only owners and moderators see it. */
  inviteCode!: string;

  static from(entity: SeminarEntity): SeminarModel {
    return Object.assign(new SeminarModel(), {
      id: entity.id,
      name: entity.name,
      description: entity.description,
      createdAt: entity.createdAt,
      inviteCode: entity.inviteCode,
    });
  }
}

@ObjectType()
export class SeminarConnection extends ConnectionType(SeminarModel) {}
