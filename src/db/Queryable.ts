import type pg from 'pg';

/** Anything that runs a query: the pool, or a transaction's client. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;
