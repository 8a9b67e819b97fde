import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserEntity } from './user.entity';

/** Another person as members see them: no email, no credentials. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;

  static from(entity: Pick<UserEntity, 'id' | 'displayName'>): UserModel {
    return Object.assign(new UserModel(), { id: entity.id, displayName: entity.displayName });
  }
}
