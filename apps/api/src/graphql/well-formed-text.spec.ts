import { buildSchema, parse, validate } from 'graphql';
import { malformedTextPath, wellFormedStringLiterals } from './well-formed-text';

describe('well-formed text', () => {
  it('finds a NUL character or an unpaired surrogate at any depth, and names where', () => {
    expect(malformedTextPath({ body: 'a\u0000b' }, 'input')).toBe('input.body');
    expect(malformedTextPath({ tags: ['ok', '\uD800'] }, '')).toBe('tags.1');
    expect(malformedTextPath('x\uDFFFy', 'q')).toBe('q');
  });

  it('accepts emoji, right-to-left marks and other well-formed text', () => {
    expect(malformedTextPath({ body: '👩🏽‍🔬 \u202Eabc\u200F \u0301', n: 1, ok: true, none: null }, '')).toBeUndefined();
  });

  it('refuses the same in string literals of the query', () => {
    const schema = buildSchema('type Query { echo(text: String!): String }');
    const refused = validate(schema, parse('{ echo(text: "a\\u0000b") }'), [wellFormedStringLiterals]);
    expect(refused.map((e) => e.message)).toEqual([expect.stringMatching(/NUL/)]);
    expect(validate(schema, parse('{ echo(text: "👩🏽‍🔬") }'), [wellFormedStringLiterals])).toEqual([]);
  });
});
