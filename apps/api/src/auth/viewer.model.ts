import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Viewer } from './viewer';

/** The signed-in person, with what only they may see of themselves. */
@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;

  static from(viewer: Pick<Viewer, 'userId' | 'email' | 'displayName'>): ViewerModel {
    return Object.assign(new ViewerModel(), {
      id: viewer.userId,
      email: viewer.email,
      displayName: viewer.displayName,
    });
  }
}

@ObjectType()
export class AuthPayload {
  @Field(() => ViewerModel) viewer!: ViewerModel;
  @Field({
    description: 'The session token, for API clients (`Authorization: Bearer …`). Browsers get it as a cookie.',
  })
  token!: string;
  @Field() expiresAt!: Date;
}
