import { ApiProcess, startApiProcess } from './realtime-api-process';
import { FailoverProxy } from './realtime-failover-proxy';
import { TEST_REDIS_URL } from './scale-out-suite';

/** Two real API processes on one PostgreSQL server and Redis, behind a proxy standing in for the load balancer. */
export interface TwoInstances {
  a: ApiProcess;
  b: ApiProcess;
  proxy: FailoverProxy;
  /** Where clients connect: A while A accepts connections, then B. */
  proxyUrl: string;
  /** Instances that ended though no test stopped them, each with the end of what it wrote. */
  unexpectedExits(): string[];
  close(): Promise<void>;
}

export async function startTwoInstances(env: Record<string, string>, startTimeoutMs = 45_000): Promise<TwoInstances> {
  const settings = {
    DATABASE_URL: process.env.GLOSSA_TEST_DATABASE_URL ?? '',
    REDIS_URL: TEST_REDIS_URL,
    DB_POOL_SIZE: '4',
    ...env,
  };
  const [a, b] = await Promise.all([
    startApiProcess('A', settings, startTimeoutMs),
    startApiProcess('B', settings, startTimeoutMs),
  ]);
  const proxy = new FailoverProxy([a.port, b.port]);
  const proxyUrl = await proxy.listen();
  return {
    a,
    b,
    proxy,
    proxyUrl,
    unexpectedExits: () =>
      [a, b]
        .filter((instance) => !instance.stopped && (instance.child.exitCode !== null || instance.child.signalCode !== null))
        .map((instance) => `${instance.name} ended (${instance.child.exitCode ?? instance.child.signalCode}):\n${instance.output().slice(-4000)}`),
    async close() {
      await proxy.close();
      await Promise.all([a.stop('SIGKILL'), b.stop('SIGKILL')]);
    },
  };
}
