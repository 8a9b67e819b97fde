import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Connection } from '../pagination/connection.model';
import { keysetPage } from '../pagination/keyset-page';
import { DebateEntity } from './debate.entity';

/** Debate motions of a seminar. Claims, votes and moderation build on this in their own issue. */
@Injectable()
export class DebatesService {
  constructor(private readonly dataSource: DataSource) {}

  forSeminar(seminarId: string, page: { first: number; after?: string | null }): Promise<Connection<DebateEntity>> {
    const query = this.dataSource
      .getRepository(DebateEntity)
      .createQueryBuilder('d')
      .where('d.seminar_id = :seminarId', { seminarId });
    return keysetPage(query, page, (d) => d);
  }
}
