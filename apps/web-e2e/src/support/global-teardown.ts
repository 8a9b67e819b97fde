import { stopAppServer } from './app-server';

export default async function globalTeardown(): Promise<void> {
  const servers = globalThis.__glossaE2eServers ?? [];
  globalThis.__glossaE2eServers = undefined;
  await Promise.all(servers.map((server) => stopAppServer(server)));
}
