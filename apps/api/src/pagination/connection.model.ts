import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
}

/** A Relay-style cursor connection type for `node` (DESIGN.md: lists are cursor connections). */
export function ConnectionType<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType(`${node.name.replace(/Model$/, '')}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionClass {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** The same page with each node mapped (entity → API model). */
export function mapConnection<A, B>(connection: Connection<A>, map: (node: A) => B): Connection<B> {
  return {
    pageInfo: connection.pageInfo,
    edges: connection.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })),
  };
}
