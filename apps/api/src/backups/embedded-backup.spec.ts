import { portableDump } from './embedded-backup';

describe('portableDump', () => {
  it('drops the PGlite column options and the setting servers before PostgreSQL 17 refuse', () => {
    const dump = [
      'SET statement_timeout = 0;',
      'SET transaction_timeout = 0;',
      'CREATE TABLE public.t (id uuid NOT NULL);',
      'ALTER TABLE ONLY public.t ALTER COLUMN id SET (pg_attver=24229080);',
      "INSERT INTO public.t VALUES ('SET transaction_timeout = 0;');",
    ].join('\n');
    expect(portableDump(dump).split('\n')).toEqual([
      'SET statement_timeout = 0;',
      'CREATE TABLE public.t (id uuid NOT NULL);',
      "INSERT INTO public.t VALUES ('SET transaction_timeout = 0;');",
    ]);
  });
});
