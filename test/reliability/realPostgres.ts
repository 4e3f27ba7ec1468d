import net from 'node:net';
import pg from 'pg';

/**
 * A real PostgreSQL server for the database-fault tests: TEST_DATABASE_URL's
 * server (CI's), else the local one at 127.0.0.1:5432. The tests get their
 * own database on it, `<name>_faults`, recreated each run.
 */
const base = new URL(process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/ailin_test');

export const faultDatabaseName = `${base.pathname.slice(1) || 'ailin_test'}_faults`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();

export function serverUrl(database: string, hostPort?: { host: string; port: number }): string {
  const u = new URL(base.toString());
  u.pathname = `/${database}`;
  if (hostPort) {
    u.hostname = hostPort.host;
    u.port = String(hostPort.port);
  }
  return u.toString();
}

export const server = { host: base.hostname, port: Number(base.port || 5432), label: `${base.hostname}:${base.port || 5432}` };

/** Null when the server answers; else why not (for the skip message). */
export async function unreachableReason(): Promise<string | null> {
  const client = new pg.Client({ connectionString: serverUrl('postgres'), connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return `${(err as NodeJS.ErrnoException).code ?? ''} ${(err as Error).message}`.trim();
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A client on the server's maintenance database (kills backends, creates databases). */
export async function adminClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: serverUrl('postgres') });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

export async function recreateDatabase(name: string): Promise<void> {
  const admin = await adminClient();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

/**
 * A TCP proxy in front of the server that can be paused (a network
 * partition: connections stay open, nothing gets through, new connections
 * are accepted and then ignored) and resumed.
 */
export async function startPausableProxy(target: { host: string; port: number }) {
  let paused = false;
  const pairs = new Set<{ a: net.Socket; b: net.Socket }>();
  const waiting = new Set<net.Socket>();

  const link = (a: net.Socket, b: net.Socket) => {
    const pair = { a, b };
    pairs.add(pair);
    const forward = (from: net.Socket, to: net.Socket) => {
      from.on('data', (chunk) => {
        if (!to.destroyed) to.write(chunk);
      });
    };
    forward(a, b);
    forward(b, a);
    const close = () => {
      pairs.delete(pair);
      a.destroy();
      b.destroy();
    };
    a.on('close', close).on('error', close);
    b.on('close', close).on('error', close);
    if (paused) {
      a.pause();
      b.pause();
    }
  };

  const connectUpstream = (client: net.Socket) => {
    const upstream = net.connect(target.port, target.host);
    upstream.on('error', () => client.destroy());
    link(client, upstream);
  };

  const srv = net.createServer((client) => {
    client.on('error', () => undefined);
    if (paused) {
      // Accepted, then silence: the client's connection timeout must fire.
      waiting.add(client);
      client.pause();
      client.on('close', () => waiting.delete(client));
      return;
    }
    connectUpstream(client);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    pause() {
      paused = true;
      for (const p of pairs) {
        p.a.pause();
        p.b.pause();
      }
    },
    resume() {
      paused = false;
      for (const p of pairs) {
        p.a.resume();
        p.b.resume();
      }
      // Those accepted during the partition gave up long ago.
      for (const c of waiting) c.destroy();
      waiting.clear();
    },
    /** The server disappears: open connections reset, new ones refused. */
    async close() {
      for (const p of pairs) {
        p.a.destroy();
        p.b.destroy();
      }
      for (const c of waiting) c.destroy();
      await new Promise<void>((r) => srv.close(() => r()));
    },
    connections: () => pairs.size,
  };
}
