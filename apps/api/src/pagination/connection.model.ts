import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Connection<T> {
  edges: Array<{ readonly cursor: string; node: T }>;
  pageInfo: PageInfo;
}

/**
 * An edge whose cursor is encoded when it is read: clients page with `pageInfo.endCursor` and rarely
 * ask for every edge's, and the reading view has ~20,000 edges (bench:reading-view).
 */
export class LazyCursorEdge<T, K> {
  constructor(
    readonly node: T,
    private readonly key: K,
    private readonly encode: (key: K) => string,
  ) {}

  get cursor(): string {
    return this.encode(this.key);
  }
}

/** An edge of a mapped page: its own node, the cursor of the edge it was mapped from. */
class MappedEdge<T> {
  constructor(
    readonly node: T,
    private readonly source: { readonly cursor: string },
  ) {}

  get cursor(): string {
    return this.source.cursor;
  }
}

/** A Relay-style cursor connection type for `node` (docs/design.md: lists are cursor connections). */
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
    edges: connection.edges.map((e) => new MappedEdge(map(e.node), e)),
  };
}
