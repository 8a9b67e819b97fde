import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { compiledQueryGateway } from './compiled-query-gateway';

/** NestJS's Apollo driver, executing with compiled queries (see compiled-query-gateway.ts). */
@Injectable()
export class CompiledQueryApolloDriver extends ApolloDriver {
  override async start(options: ApolloDriverConfig): Promise<void> {
    if (!options.schema) throw new Error('The GraphQL schema must be built before Apollo starts');
    await super.start({ ...options, gateway: compiledQueryGateway(options.schema) } as ApolloDriverConfig);
  }
}
