import { credentialsFrom, isSameSite } from './handshake-credentials';

describe('credentialsFrom', () => {
  it('prefers auth.token, then a Bearer header, then the session cookie', () => {
    const headers = { authorization: 'Bearer from-header', cookie: 'a=1; glossa_session=from-cookie' };
    expect(credentialsFrom({ headers, auth: { token: 'from-auth' } })).toEqual({ token: 'from-auth', via: 'auth' });
    expect(credentialsFrom({ headers, auth: {} })).toEqual({ token: 'from-header', via: 'bearer' });
    expect(credentialsFrom({ headers: { cookie: headers.cookie }, auth: {} })).toEqual({
      token: 'from-cookie',
      via: 'cookie',
    });
  });

  it('decodes a percent-encoded cookie value', () => {
    expect(credentialsFrom({ headers: { cookie: 'glossa_session=a%2Eb' }, auth: {} })?.token).toBe('a.b');
  });

  it('finds nothing in an empty, foreign or malformed handshake', () => {
    expect(credentialsFrom({ headers: {}, auth: {} })).toBeNull();
    expect(credentialsFrom({ headers: { authorization: 'Basic abc' }, auth: { token: 42 } })).toBeNull();
    expect(credentialsFrom({ headers: { cookie: 'other=1; glossa_sessionx=2' }, auth: {} })).toBeNull();
    expect(credentialsFrom({ headers: { cookie: 'glossa_session=%E0%A4%A' }, auth: {} })).toBeNull();
  });
});

describe('isSameSite', () => {
  it('accepts the same host on any port and clients that send no Origin', () => {
    expect(isSameSite('https://glossa.example', 'glossa.example')).toBe(true);
    expect(isSameSite('http://localhost:4200', 'localhost:3000')).toBe(true);
    expect(isSameSite(undefined, 'glossa.example')).toBe(true);
  });

  it('refuses other sites and garbage', () => {
    expect(isSameSite('https://evil.example', 'glossa.example')).toBe(false);
    expect(isSameSite('null', 'glossa.example')).toBe(false);
    expect(isSameSite('https://glossa.example', undefined)).toBe(false);
  });
});
