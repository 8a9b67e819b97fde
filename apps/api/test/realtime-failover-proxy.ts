import { createServer, Server, Socket, connect } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy in front of several API instances, standing in for the load balancer of a real
 * deployment: each new connection goes to the first backend that accepts it, so once an instance
 * dies its clients' reconnects land on the next one.
 */
export class FailoverProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  /** How many connections each backend port has received. */
  readonly connections = new Map<number, number>();

  constructor(private readonly ports: number[]) {
    this.server = createServer((client) => this.forward(client, 0));
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private forward(client: Socket, index: number): void {
    this.track(client);
    if (index >= this.ports.length) {
      client.destroy();
      return;
    }
    const port = this.ports[index];
    const upstream = connect(port, '127.0.0.1');
    let accepted = false;
    upstream.on('error', () => {
      // Refused: that instance is down, try the next. Failed later: the client must reconnect.
      if (accepted) client.destroy();
      else this.forward(client, index + 1);
    });
    upstream.once('connect', () => {
      accepted = true;
      this.track(upstream);
      this.connections.set(port, (this.connections.get(port) ?? 0) + 1);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  private track(socket: Socket): void {
    if (this.sockets.has(socket)) return;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}
