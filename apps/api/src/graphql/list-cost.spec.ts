import { buildSchema, parse } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { listCostEstimator, UNPAGED_LIST_LENGTH } from './list-cost';

const schema = buildSchema(`
  enum ReactionKind { AGREE DISAGREE INSIGHTFUL }
  type ReactionSummary { kind: ReactionKind!, count: Int! }
  type Claim { id: ID!, tags: [String!]!, reactions: [ReactionSummary!]!, evidence: [Claim!]! }
  type ClaimEdge { node: Claim! }
  type ClaimConnection { edges: [ClaimEdge!]! }
  type Query { claims(first: Int! = 20): ClaimConnection!, queue: [Claim!]! }
`);

const cost = (query: string) =>
  getComplexity({ schema, query: parse(query), estimators: [listCostEstimator(schema), simpleEstimator({ defaultComplexity: 1 })] });

describe('listCostEstimator', () => {
  it('prices a page at its size times its items, counting the edges once', () => {
    expect(cost('{ claims(first: 10) { edges { node { id } } } }')).toBe(10 * (1 + 1)); // each edge: node and its id
  });

  it('prices an unpaged list of objects as a full page', () => {
    expect(cost('{ queue { id } }')).toBe(UNPAGED_LIST_LENGTH * 1);
    expect(cost('{ queue { evidence { id } } }')).toBe(UNPAGED_LIST_LENGTH * UNPAGED_LIST_LENGTH);
  });

  it('prices a list of scalars as one field and reaction summaries as one per reaction kind', () => {
    expect(cost('{ queue { tags } }')).toBe(UNPAGED_LIST_LENGTH * 1);
    expect(cost('{ queue { reactions { kind count } } }')).toBe(UNPAGED_LIST_LENGTH * 3 * 2);
  });
});
