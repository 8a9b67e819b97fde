import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserEntity } from './user.entity';

/** Another person as members see them: no email, no credentials. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'In an anonymous discussion, the pseudonym peers know this person by (then `displayName` is that pseudonym and `id` an opaque id for peers; owners, moderators and the person see the name and real id). Null elsewhere.',
  })
  pseudonym: string | null = null;

  static from(entity: Pick<UserEntity, 'id' | 'displayName'>): UserModel {
    return Object.assign(new UserModel(), { id: entity.id, displayName: entity.displayName });
  }
}
