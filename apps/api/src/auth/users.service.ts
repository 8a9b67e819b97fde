import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import type { RequestLoaders } from '../batching/request-loaders';
import { UserEntity } from './user.entity';

/** Looks people up for other modules; batched per request so a list of members costs one query. */
@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  byId(loaders: RequestLoaders): DataLoader<string, UserEntity | null> {
    return loaders.for(this, () => new DataLoader<string, UserEntity | null>((ids) => this.findMany(ids)));
  }

  /**
   * One account that must exist (a post's author: posts keep their authors), read through `manager`:
   * a caller's transaction, which has no request loaders.
   */
  get(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    return manager.findOneByOrFail(UserEntity, { id });
  }

  /** Whether anyone has an account yet (an empty database gets the demo seminar). */
  async anyone(): Promise<boolean> {
    return (await this.dataSource.getRepository(UserEntity).count({ take: 1 })) > 0;
  }

  /** Whether an account uses this email address. */
  exists(email: string): Promise<boolean> {
    return this.dataSource.getRepository(UserEntity).existsBy({ email: email.trim().toLowerCase() });
  }

  /**
   * Accounts made directly, not through sign-up (the demo seminar's): one already hashed password
   * serves them all. In the order given.
   */
  createDirectly(
    accounts: ReadonlyArray<{ email: string; displayName: string }>,
    passwordHash: string,
  ): Promise<UserEntity[]> {
    const manager = this.dataSource.manager;
    return manager.save(
      accounts.map((a) =>
        manager.create(UserEntity, { email: a.email.trim().toLowerCase(), displayName: a.displayName, passwordHash }),
      ),
    );
  }

  /** The names people go by, by id (absent ids are left out); inside a transaction when given its manager. */
  async displayNames(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const users = await manager
      .getRepository(UserEntity)
      .find({ select: { id: true, displayName: true }, where: { id: In([...new Set(ids)]) } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /** One person's name, or null when there is no such account. */
  async displayName(id: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    return (await this.displayNames([id], manager)).get(id) ?? null;
  }

  private async findMany(ids: readonly string[]): Promise<Array<UserEntity | null>> {
    const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
    const byId = new Map(users.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
