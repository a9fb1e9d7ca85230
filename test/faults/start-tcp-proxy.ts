import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Connections accepted and forwarded so far. */
  connections(): number;
  /** The database "goes away": every open connection is destroyed and new ones are dropped at once. */
  cut(): void;
  reopen(): void;
  close(): Promise<void>;
}

/** A loopback TCP proxy in front of PostgreSQL that a test can cut and reopen, like a restart. */
export async function startTcpProxy({ host, port }: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let cut = false;
  let forwarded = 0;
  const server = net.createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    forwarded += 1;
    const upstream = net.connect({ host, port });
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => forwarded,
    cut() {
      cut = true;
      for (const socket of open) socket.destroy();
    },
    reopen() {
      cut = false;
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
