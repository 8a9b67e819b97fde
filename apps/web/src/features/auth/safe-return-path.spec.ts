import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it('keeps an in-app path with its query', () => {
    expect(safeReturnPath('/readings/42?at=10')).toBe('/readings/42?at=10');
  });

  it('falls back to the home page when nothing is given', () => {
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('')).toBe('/');
  });

  it('refuses paths that would leave the site', () => {
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example/')).toBe('/');
    // eslint-disable-next-line no-script-url -- the point of the test is to refuse it
    expect(safeReturnPath('javascript:alert(1)')).toBe('/');
  });
});
