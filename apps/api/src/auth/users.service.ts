import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { RequestLoaders } from '../batching/request-loaders';
import { UserEntity } from './user.entity';

/** Looks people up for other modules; batched per request so a list of members costs one query. */
@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  byId(loaders: RequestLoaders): DataLoader<string, UserEntity | null> {
    return loaders.for(this, () => new DataLoader<string, UserEntity | null>((ids) => this.findMany(ids)));
  }

  private async findMany(ids: readonly string[]): Promise<Array<UserEntity | null>> {
    const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
    const byId = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
