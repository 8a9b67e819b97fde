import { stopAppServer } from './app-server';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__glossaE2eServer;
  globalThis.__glossaE2eServer = undefined;
  if (server) await stopAppServer(server);
}
