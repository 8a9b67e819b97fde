import { buildSchema, parse, validate } from 'graphql';
import { maxDepth } from './max-depth.rule';

const schema = buildSchema(`
  type Node { id: ID!, child: Node }
  type Query { node: Node }
`);

const errors = (query: string, limit = 3) => validate(schema, parse(query), [maxDepth(limit)]).map((e) => e.message);

describe('maxDepth', () => {
  it('allows an operation at the limit and refuses one deeper', () => {
    expect(errors('{ node { child { child { id } } } }')).toEqual([]);
    expect(errors('query Deep { node { child { child { child { id } } } } }')).toEqual([
      "'Deep' exceeds maximum operation depth of 3",
    ]);
  });

  it('counts the fields of a spread fragment where it is spread', () => {
    const query = 'query Deep { node { child { ...More } } } fragment More on Node { child { child { id } } }';
    expect(errors(query)).toHaveLength(1);
  });

  it('works out a fragment spread 2^40 times in linear time', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F40 on Query { node { id } }`;
    const started = performance.now();
    expect(errors(query)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('leaves unknown fragments and fragment cycles to graphql-js without failing itself', () => {
    expect(errors('{ ...Unknown }')).toEqual([]);
    expect(errors('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toEqual([]);
  });
});
