import { reportSkip } from './skip-report';

/**
 * `describe` for a suite about the embedded database itself (the path `npm start` takes with nothing set): it makes
 * its own embedded data directories whatever the pass, so it runs on the embedded pass only, where
 * it belongs, instead of twice in CI. Elsewhere it is skipped, saying what runs it.
 */
export function embeddedDatabaseSuite(name: string): jest.Describe {
  if (process.env.GLOSSA_TEST_DATABASE_EMBEDDED === 'true') return describe;
  reportSkip(name, 'about the embedded database itself: runs on the embedded pass (no TEST_DATABASE_URL, or CI=true, or GLOSSA_TEST_EMBEDDED=true)');
  return describe.skip;
}
