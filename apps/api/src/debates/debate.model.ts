import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../pagination/connection.model';
import { DebateStatus } from './debate-status';
import { DebateEntity } from './debate.entity';

registerEnumType(DebateStatus, { name: 'DebateStatus' });

@ObjectType('Debate')
export class DebateModel {
  @Field(() => ID) id!: string;
  @Field() motion!: string;
  @Field() description!: string;
  @Field({ description: 'The name of the side for the motion, e.g. "Intervention".' }) proLabel!: string;
  @Field({ description: 'The name of the side against the motion, e.g. "Sovereignty".' }) conLabel!: string;
  @Field(() => DebateStatus) status!: DebateStatus;
  @Field() createdAt!: Date;

  static from(entity: DebateEntity): DebateModel {
    return Object.assign(new DebateModel(), {
      id: entity.id,
      motion: entity.motion,
      description: entity.description,
      proLabel: entity.proLabel,
      conLabel: entity.conLabel,
      status: entity.status,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType()
export class DebateConnection extends ConnectionType(DebateModel) {}
