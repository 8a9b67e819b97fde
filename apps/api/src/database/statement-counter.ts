import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';
import { AsyncLocalStorage } from 'node:async_hooks';

interface Tally {
  statements: number;
}

const tallies = new AsyncLocalStorage<Tally>();

/**
 * Counts the SQL statements issued inside `StatementCounter.measure()`, so tests and benchmarks can
 * prove a query costs a fixed number of round trips whatever the number of rows (docs/design.md, DataLoaders).
 * Failed statements surface as exceptions where they happen, so this logger prints nothing itself.
 */
export class StatementCounter extends AbstractLogger {
  /** Every statement this process has issued through TypeORM (for tests with nothing else running). */
  static total = 0;

  static async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const tally: Tally = { statements: 0 };
    const result = await tallies.run(tally, work);
    return { result, statements: tally.statements };
  }

  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    StatementCounter.total += 1;
    const tally = tallies.getStore();
    if (tally && !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(query)) tally.statements += 1;
    void parameters;
    void queryRunner;
  }

  protected override writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    void level;
    void message;
  }
}
