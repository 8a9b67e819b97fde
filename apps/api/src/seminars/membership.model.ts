import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../pagination/connection.model';
import { MembershipEntity } from './membership.entity';
import { Role } from './role';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: Role;
  @Field() joinedAt!: Date;
  userId!: string;
  seminarId!: string;

  static from(entity: MembershipEntity): MembershipModel {
    return Object.assign(new MembershipModel(), {
      id: entity.id,
      role: entity.role,
      joinedAt: entity.createdAt,
      userId: entity.userId,
      seminarId: entity.seminarId,
    });
  }
}

@ObjectType()
export class MembershipConnection extends ConnectionType(MembershipModel) {}
