import pg from 'pg';

/** Creates the benchmark's PostgreSQL database if it does not exist yet. */
export async function ensureBenchDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  // CREATE DATABASE cannot take a parameter, so the name must be a plain identifier.
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`database name "${name}" must be a plain identifier`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    const r = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!r.rowCount) await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
}
