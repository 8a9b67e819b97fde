import { acceptBody, acceptTags, MAX_BODY_LENGTH } from './post-text';

describe('post text', () => {
  it('trims bodies and refuses an empty one where a body is required', () => {
    expect(acceptBody('  Why?  ', { required: true })).toBe('Why?');
    expect(acceptBody('   ', { required: false })).toBe('');
    expect(() => acceptBody('   ', { required: true })).toThrow(/must not be empty/);
  });

  it('bounds the body length', () => {
    expect(() => acceptBody('x'.repeat(MAX_BODY_LENGTH + 1), { required: true })).toThrow(/limit/);
  });

  it('normalises tags: lower case, no #, no duplicates', () => {
    expect(acceptTags(['#Sovereignty', 'sovereignty', ' R2P ', ''])).toEqual(['sovereignty', 'r2p']);
  });

  it('refuses tags with spaces, too many tags or too long ones', () => {
    expect(() => acceptTags(['human security'])).toThrow(/spaces/);
    expect(() => acceptTags(Array.from({ length: 13 }, (_, i) => `t${i}`))).toThrow(/At most/);
    expect(() => acceptTags(['x'.repeat(41)])).toThrow(/longer/);
  });
});
